package vn.ngoaid.common.startup;

import io.quarkus.runtime.LaunchMode;

/**
 * A service started for production never falls back to an embedded database: without a configured URL it stops
 * before Quarkus starts, saying which variable to set. Development and tests are not affected.
 */
public final class DatabaseRequired {

    private DatabaseRequired() {
    }

    public static void check(String service, String urlVariable) {
        if (LaunchMode.current() != LaunchMode.NORMAL || configured(urlVariable)) {
            return;
        }
        String prefix = urlVariable.substring(0, urlVariable.length() - "_URL".length());
        System.err.printf("""
                %s cannot start: no database is configured.
                Set %s (e.g. jdbc:postgresql://localhost:5432/postgres), and %s_USER and %s_PASSWORD if needed.
                A production start never falls back to an embedded PostgreSQL; deploy/run.sh starts one for local use.
                """, service, urlVariable, prefix, prefix);
        System.exit(1);
    }

    private static boolean configured(String urlVariable) {
        return notBlank(System.getenv(urlVariable))
                || notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || notBlank(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
