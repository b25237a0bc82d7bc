package vn.ngoaid.localpostgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/**
 * Gives a service's tests a real PostgreSQL: the server named by the service's URL variable when it is set
 * (e.g. {@code NGO_REGISTRY_DB_URL}), otherwise a throw-away embedded server for this test run.
 * Init argument {@code urlVariable} names the variable.
 */
public class LocalPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String urlVariable;
    private EmbeddedPostgres postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        urlVariable = initArgs.get("urlVariable");
    }

    @Override
    public Map<String, String> start() {
        String configured = urlVariable == null ? null : System.getenv(urlVariable);
        if (configured != null && !configured.isBlank()) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
