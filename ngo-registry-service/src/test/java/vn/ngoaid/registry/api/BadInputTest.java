package vn.ngoaid.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ngoaid.common.testing.BadInputWalker;

import java.time.LocalDate;
import java.util.List;

import static vn.ngoaid.registry.Fixtures.annualReport;
import static vn.ngoaid.registry.Fixtures.createAnnualReport;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.operation;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.reportLine;
import static vn.ngoaid.registry.Fixtures.statusChange;
import static vn.ngoaid.registry.Fixtures.uniqueName;

/**
 * Bad input from the contract: every operation of the served OpenAPI document gets generated bad requests (wrong
 * types, missing and extra fields, huge and odd text, bad dates, codes, ids and paging, broken JSON); each must be a
 * 4xx problem+json answer without a stack trace that stores nothing. One dynamic test per case.
 */
@QuarkusTest
class BadInputTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    @TestFactory
    List<DynamicTest> badInputFromTheContract() {
        String organization = createOrganization();
        String registration = createOperation(organization, FROM, UNTIL, "22");
        String report = createAnnualReport(organization, annualReport(2024, FROM.plusYears(1), reportLine("22", "10", "5", "USD", 1)));
        return BadInputWalker.of("ngo-registry-service")
                .pathValue("organizations/{id}", organization)
                .pathValue("registrations/{id}", registration)
                .pathValue("annual-reports/{id}", report)
                .queryValue("province", "22")
                .validBody("POST /api/v1/organizations", () -> organization(uniqueName("Bad input")))
                .validBody("PUT /api/v1/organizations/{id}", () -> organization(uniqueName("Bad input")))
                .validBody("POST /api/v1/organizations/{id}/registrations", () -> operation(FROM, UNTIL, "22"))
                .validBody("PUT /api/v1/registrations/{id}", () -> operation(FROM, UNTIL, "22", "20"))
                .validBody("POST /api/v1/registrations/{id}/status-changes", () -> statusChange("SUSPENDED", null))
                .validBody("POST /api/v1/organizations/{id}/annual-reports",
                        () -> annualReport(2023, FROM, reportLine("22", "10", "5", "USD", 1)))
                .validBody("PUT /api/v1/annual-reports/{id}",
                        () -> annualReport(2024, FROM.plusYears(1), reportLine("22", "12", "5", "USD", 1)))
                .tests();
    }
}
