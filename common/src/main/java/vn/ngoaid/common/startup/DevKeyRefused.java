package vn.ngoaid.common.startup;

/**
 * The development key pair signs tokens anyone can make (deploy/dev-token): a service started in the production
 * profile refuses to trust it, and stops before Quarkus starts unless JWT_PUBLIC_KEY_LOCATION names another key.
 * deploy/run.sh runs the services in the dev profile, where the development key is the default.
 */
public final class DevKeyRefused {

    private DevKeyRefused() {
    }

    public static void check(String service) {
        String profile = firstSet(System.getProperty("quarkus.profile"), System.getenv("QUARKUS_PROFILE"), "prod");
        String key = firstSet(System.getProperty("mp.jwt.verify.publickey.location"), System.getenv("JWT_PUBLIC_KEY_LOCATION"),
                System.getenv("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), "dev-keys/publicKey.pem");
        if (profile.equals("prod") && key.contains("dev-keys/")) {
            System.err.printf("""
                    %s cannot start: the production profile does not accept the development token key.
                    Set JWT_PUBLIC_KEY_LOCATION to your identity provider's key (a JWKS URL or a PEM file), with
                    JWT_ISSUER and JWT_AUDIENCE; or run locally with QUARKUS_PROFILE=dev (deploy/run.sh does).
                    """, service);
            System.exit(1);
        }
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalStateException();
    }
}
