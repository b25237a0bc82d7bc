package vn.ngoaid.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ngoaid.common.security.Roles;
import vn.ngoaid.devtoken.DevTokens;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.json;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.locality;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.security.Callers.as;
import static vn.ngoaid.partner.security.Callers.assertNoAuditEntries;

/**
 * Tokens the service must not trust: each one is a 401 problem+json, for a read and for a write, and the write stores
 * nothing. The claims are those of a coordinator, so only the token's flaw can be the reason.
 */
@QuarkusTest
class TokenTest {

    private static final List<String> ROLES = List.of(Roles.COORDINATOR);

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) () -> signed(Map.of(
                        "iat", now() - 7200, "exp", now() - 3600))),
                Arguments.of("not yet valid (nbf in the future)", (Supplier<String>) () -> signed(Map.of(
                        "nbf", now() + 3600, "exp", now() + 7200))),
                Arguments.of("wrong issuer", (Supplier<String>) () -> signed(Map.of("iss", "https://sso.evil.example/realms/ngo-aid"))),
                Arguments.of("wrong audience", (Supplier<String>) () -> signed(Map.of("aud", "another-system"))),
                Arguments.of("bad signature (claims changed after signing)", (Supplier<String>) TokenTest::tampered),
                Arguments.of("signed with another key", (Supplier<String>) TokenTest::signedWithAnotherKey),
                Arguments.of("alg: none", (Supplier<String>) () -> DevTokens.encode(Map.of("alg", "none", "typ", "JWT"))
                        + "." + DevTokens.encode(claims(Map.of())) + "."),
                Arguments.of("HS256 with the public key as secret", (Supplier<String>) TokenTest::hmacWithPublicKey),
                Arguments.of("garbage", (Supplier<String>) () -> "not-a-token"),
                Arguments.of("empty bearer", (Supplier<String>) () -> ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void isRefusedWith401(String name, Supplier<String> token) {
        String bearer = "Bearer " + token.get();
        assertUnauthenticated(as(bearer).get("/api/v1/partnerships").then());

        String marker = token();
        assertUnauthenticated(as(bearer).body(json(locality("Token " + marker, "CN", "CITY", null)))
                .post("/api/v1/localities").then());
        list("/api/v1/localities", "q", marker).statusCode(200).body("totalItems", equalTo(0));
        assertNoAuditEntries("subject", "token-test");
    }

    @Test
    void theSameClaimsProperlySignedAreAccepted() {
        as("Bearer " + signed(Map.of())).get("/api/v1/partnerships").then().statusCode(200);
    }

    @Test
    void noTokenIsA401ForReadsAndWrites() {
        assertUnauthenticated(as("").get("/api/v1/localities").then());
        assertUnauthenticated(as("").body(json(locality("Token " + token(), "CN", "CITY", null)))
                .post("/api/v1/localities").then());
    }

    private static void assertUnauthenticated(ValidatableResponse response) {
        assertProblem(response, 401).body("type", equalTo("urn:problem:ngo-aid:unauthenticated"))
                .header("WWW-Authenticate", "Bearer");
    }

    // ----- tokens

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** The claims of a valid coordinator token (subject token-test), with some replaced. */
    private static Map<String, Object> claims(Map<String, Object> changes) {
        Map<String, Object> claims = DevTokens.claims("token-test", ROLES);
        claims.putAll(changes);
        return claims;
    }

    private static String signed(Map<String, Object> changes) {
        return DevTokens.sign(claims(changes));
    }

    /** A valid token whose claims were changed afterwards (another subject), so the signature no longer fits. */
    private static String tampered() {
        String[] parts = signed(Map.of()).split("\\.");
        return parts[0] + "." + DevTokens.encode(claims(Map.of("sub", "someone-else"))) + "." + parts[2];
    }

    private static String signedWithAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String unsigned = DevTokens.encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + DevTokens.encode(claims(Map.of()));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic algorithm confusion: HMAC keyed with the (public) verification key. */
    private static String hmacWithPublicKey() {
        try (InputStream in = TokenTest.class.getResourceAsStream("/dev-keys/publicKey.pem")) {
            byte[] secret = in.readAllBytes();
            String unsigned = DevTokens.encode(Map.of("alg", "HS256", "typ", "JWT")) + "." + DevTokens.encode(claims(Map.of()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
