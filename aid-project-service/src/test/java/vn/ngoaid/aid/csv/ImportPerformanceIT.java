package vn.ngoaid.aid.csv;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.FreshDatabase;
import vn.ngoaid.aid.RegistryStub;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static vn.ngoaid.aid.Fixtures.standardRates;

/**
 * Measures imports of large files on an empty embedded PostgreSQL; not part of the default test run (its name ends
 * in IT and no failsafe runs it). Prints the figures; it asserts only that everything was stored, never a time:
 * {@code ./mvnw -B -o verify -pl aid-project-service -Dtest=ImportPerformanceIT -Dsurefire.failIfNoSpecifiedTests=false
 * -Dimport.projects=10000 -Dimport.transactions=100000}.
 * Half of the projects have a registered donor (one of 20 organizations, all approved on 10 days, in 2 provinces), so
 * the registry is asked once per organization, province and day, not per row.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(ImportPerformanceIT.PatientRegistry.class)
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FreshDatabase.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportPerformanceIT {

    /** A loaded test machine answers the registry stub slower than production's 600 ms; measured is the import. */
    public static class PatientRegistry implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("vn.ngoaid.registryclient.NgoRegistry/eligibility/Timeout/value", "10000",
                    "quarkus.rest-client.ngo-registry.read-timeout", "10000");
        }
    }

    /** An import of 100,000 rows takes longer than RestAssured's default wait for an answer. */
    private static io.restassured.specification.RequestSpecification patient() {
        return given().config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                .httpClientConfig().setParam("http.socket.timeout", 900_000).setParam("http.connection.timeout", 10_000)));
    }

    @Test
    void largeFilesImportInOneTransaction() {
        int projects = Integer.getInteger("import.projects", 10_000);
        int transactions = Integer.getInteger("import.transactions", 100_000);
        standardRates();
        UUID[] organizations = new UUID[20];
        for (int o = 0; o < organizations.length; o++) {
            organizations[o] = UUID.randomUUID();
            for (int day = 0; day < 10; day++) {
                for (String province : new String[]{"20", "22"}) {
                    RegistryStub.eligible(organizations[o], "Organization " + o, "US", "INGO", province,
                            LocalDate.of(2019, 3, 1 + day));
                }
            }
        }
        StringBuilder csv = new StringBuilder(String.join(",", ProjectCsv.IMPORT.importable())).append('\n');
        for (int i = 0; i < projects; i++) {
            String donor = i % 2 == 0 ? organizations[i % 20] + ",,,"
                    : ",\"Đại sứ quán, quỹ " + (i % 50) + "\",EMBASSY,JP";
            csv.append("PERF-").append(i).append(",Project ").append(i).append(",Dự án ").append(i).append(',')
                    .append(donor).append(",PROJECT,11220:60|12220:40,").append(i % 3 == 0 ? "20/Tràng Định:70|22:30" : "20")
                    .append(",PROVINCIAL,").append(i).append("/QĐ-UBND,2019-03-").append(String.format("%02d", 1 + i % 10))
                    .append(",Ủy ban nhân dân tỉnh,2019-04-01,2021-12-31,ONGOING,VND,,,\n");
        }
        byte[] projectFile = csv.toString().getBytes(StandardCharsets.UTF_8);
        // a busy machine's first calls to the stub can outlast the registry client's timeout: warm it up
        for (UUID organization : organizations) {
            patient().contentType("text/csv").body((String.join(",", ProjectCsv.IMPORT.importable()) + "\nWARM,W,,," + organization
                    + ",,,,PROJECT,11220,20,PROVINCIAL,1/QĐ,2019-03-01,,,,APPROVED,VND,,,\n").getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/imports/projects?mode=dry_run");
        }
        long started = System.nanoTime();
        patient().contentType("text/csv").body(projectFile).post("/api/v1/imports/projects?mode=dry_run").then()
                .statusCode(200).body("accepted", is(projects));
        long dryRun = System.nanoTime();
        patient().contentType("text/csv").body(projectFile).post("/api/v1/imports/projects?mode=commit").then()
                .statusCode(200).body("stored", is(projects));
        long committed = System.nanoTime();
        System.out.printf("IMPORT-PERF projects: %d rows, %.1f MiB; dry run %.1f s, commit %.1f s%n", projects,
                projectFile.length / 1048576.0, (dryRun - started) / 1e9, (committed - dryRun) / 1e9);

        StringBuilder money = new StringBuilder(String.join(",", TransactionCsv.IMPORT.importable())).append('\n');
        int perProject = Math.max(2, transactions / projects);
        for (int i = 0; i < transactions; i++) {
            int project = (i / perProject) % projects;
            boolean commitment = i % perProject == 0;
            money.append("PERF-").append(project).append(commitment ? ",COMMITMENT,2019-05-01," + (perProject * 1000)
                    : ",DISBURSEMENT,2019-0" + (6 + i % 4) + "-15,1000").append(",VND,\"Đợt " + i + "\",\n");
        }
        byte[] moneyFile = money.toString().getBytes(StandardCharsets.UTF_8);
        started = System.nanoTime();
        patient().contentType("text/csv").body(moneyFile).post("/api/v1/imports/transactions?mode=dry_run").then()
                .statusCode(200).body("accepted", is(transactions));
        dryRun = System.nanoTime();
        patient().contentType("text/csv").body(moneyFile).post("/api/v1/imports/transactions?mode=commit").then()
                .statusCode(200).body("stored", is(transactions));
        committed = System.nanoTime();
        System.out.printf("IMPORT-PERF transactions: %d rows, %.1f MiB; dry run %.1f s, commit %.1f s%n", transactions,
                moneyFile.length / 1048576.0, (dryRun - started) / 1e9, (committed - dryRun) / 1e9);
    }
}
