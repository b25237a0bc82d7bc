package vn.ngoaid.devtoken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens signed (RS256) with the development key pair: the private key is here, the public key in common's
 * {@code dev-keys/publicKey.pem}, which the services trust only outside the production profile. Issuer and audience
 * are the services' defaults.
 * <pre>java -jar deploy/dev-token/target/dev-token-1.0.0-SNAPSHOT.jar --role province-officer --province 20 [--subject officer-ls] [--minutes 60]</pre>
 */
public final class DevTokens {

    public static final String ISSUER = "https://sso.ngoaid.dev/realms/ngo-aid";
    public static final String AUDIENCE = "ngo-aid";

    private static final PrivateKey KEY = readKey();

    private DevTokens() {
    }

    /** A token for {@code subject} with these roles and, for a province officer, its province. */
    public static String issue(String subject, List<String> roles, String province, Duration validFor) {
        Map<String, Object> claims = claims(subject, roles);
        claims.put("upn", subject);
        if (province != null) {
            claims.put("province", province);
        }
        claims.put("exp", Instant.now().plus(validFor).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return sign(claims);
    }

    /** Signs any claims: tests use it for tokens that must be refused (expired, wrong issuer …). */
    public static String sign(Map<String, Object> claims) {
        String unsigned = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(KEY);
            rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token valid for ten minutes, for a test to change one of them before {@link #sign}. */
    public static Map<String, Object> claims(String subject, List<String> roles) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("groups", roles);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(600).getEpochSecond());
        return claims;
    }

    /** Base64url of the JSON of a header or claims, as in a token. */
    public static String encode(Map<String, Object> json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(toJson(json).getBytes(StandardCharsets.UTF_8));
    }

    /** JSON of the values claims hold (text, numbers, booleans, lists and maps of them), so the jar runs on its own. */
    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(toJson(k.toString())).append(':').append(toJson(v)));
            return out.append('}').toString();
        }
        if (value instanceof Iterable<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(toJson(v)));
            return out.append(']').toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    public static void main(String[] args) {
        String subject = null;
        String province = null;
        List<String> roles = new ArrayList<>();
        long minutes = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--role" -> roles.add(args[i + 1]);
                case "--province" -> province = args[i + 1];
                case "--subject" -> subject = args[i + 1];
                case "--minutes" -> minutes = Long.parseLong(args[i + 1]);
                default -> usage();
            }
        }
        if (roles.isEmpty() || args.length % 2 != 0) {
            usage();
        }
        System.out.println(issue(subject == null ? "dev-" + String.join("-", roles) : subject, roles, province,
                Duration.ofMinutes(minutes)));
    }

    private static void usage() {
        System.err.println("""
                Usage: java -jar dev-token-1.0.0-SNAPSHOT.jar --role ROLE [--role ROLE] [--province CODE] [--subject NAME] [--minutes N]
                Roles: coordinator, registry-officer, province-officer (with --province), viewer.
                Prints a bearer token signed with the development key; only services outside the prod profile accept it.""");
        System.exit(2);
    }

    private static PrivateKey readKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-keys/privateKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
