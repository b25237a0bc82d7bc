package vn.ngoaid.aid.export;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.devtoken.DevTokens;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * A measured run, not part of the suite: puts {@code export.rows} transactions on one project by SQL, exports them as
 * CSV over HTTP and prints the heap in use while the rows stream (sampled every 10 ms in this JVM, which runs the
 * service) and when the first and last lines arrived. Run:
 * {@code ./mvnw -B -o verify -pl aid-project-service -am -Dtest=ExportMemoryRun -Dexport.rows=200000
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}. The figures go to the README; nothing here is timed.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
@EnabledIfSystemProperty(named = "export.rows", matches = "\\d+")
class ExportMemoryRun {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void exportsManyTransactionsWithFlatMemory() throws Exception {
        int rows = Integer.parseInt(System.getProperty("export.rows"));
        String projectId = create(with(project(), "currency", "USD"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO aid_transaction (id, project_id, type, date, amount, currency, description, created_at, created_by)
                     SELECT gen_random_uuid(), ?, 'COMMITMENT', date '2019-01-01' + (i % 365), 1000 + i % 997, 'USD',
                            'Giải ngân đợt ' || i || ', "Bản Lang"', now(), 'export-memory-run'
                     FROM generate_series(1, ?) AS i""")) {
            insert.setObject(1, UUID.fromString(projectId));
            insert.setInt(2, rows);
            insert.executeUpdate();
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        String token = DevTokens.issue("export-memory-run", List.of("coordinator"), null, Duration.ofHours(1));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/projects/"
                        + projectId + "/transactions"))
                .header("Accept", "text/csv").header("Authorization", "Bearer " + token).build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstLine = 0;
        long lines = 0;
        long bytes = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (lines++ == 1) {
                    firstLine = System.nanoTime() - start;
                }
                bytes += line.length() + 2;
            }
        }
        long total = System.nanoTime() - start;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        long max = memory.getHeapMemoryUsage().getMax();
        System.out.printf("EXPORT-MEMORY rows=%d csvBytes~%d MB heapMax=%d MB heapBeforeAfterGc=%d MB peakDuringExport=%d MB "
                        + "afterExportAfterGc=%d MB firstRowAfter=%d ms lastRowAfter=%d ms transferEncoding=%s%n",
                rows, bytes >> 20, max >> 20, before >> 20, peak.get() >> 20, after >> 20, firstLine / 1_000_000,
                total / 1_000_000, response.headers().firstValue("transfer-encoding").orElse("none"));
        assertEquals(200, response.statusCode());
        assertEquals(rows + 1, lines);
    }
}
