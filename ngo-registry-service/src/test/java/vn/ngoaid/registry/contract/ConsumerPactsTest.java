package vn.ngoaid.registry.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.junit.QuarkusTest;
import vn.ngoaid.common.testing.ProviderContract;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static vn.ngoaid.registry.Fixtures.annualReport;
import static vn.ngoaid.registry.Fixtures.createAnnualReport;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.postOrganization;
import static vn.ngoaid.registry.Fixtures.reportLine;
import static vn.ngoaid.registry.Fixtures.today;

/**
 * ngo-registry-service keeps the contracts its consumers state: the pacts committed in {@code src/test/resources/pacts/}
 * (written by the consumer tests of aid-project-service and partner-service), replayed as {@link ProviderContract}
 * tells, on the states made here.
 */
@QuarkusTest
@Provider("ngo-registry-service")
@PactFolder("src/test/resources/pacts")
class ConsumerPactsTest extends ProviderContract {

    /** An INGO with an operation registration covering the province from a year before the day to a year after. */
    @State("an organization registered in a province")
    Map<String, Object> registeredInAProvince(Map<String, Object> params) {
        String organization = createOrganization();
        LocalDate on = LocalDate.parse((String) params.get("on"));
        createOperation(organization, on.minusYears(1), on.plusYears(1), (String) params.get("province"));
        return Map.of("organizationId", organization);
    }

    /** An INGO, which needs a registration to work in a province, without any. */
    @State("an organization without registrations")
    Map<String, Object> withoutRegistrations() {
        return Map.of("organizationId", createOrganization());
    }

    @State("an organization")
    Map<String, Object> anOrganization() {
        return Map.of("organizationId", createOrganization());
    }

    /** An INGO of that name and country; there already when a verification ran before on the same database. */
    @State("an organization with a name")
    void named(Map<String, Object> params) {
        postOrganization(organization((String) params.get("name"), (String) params.get("countryCode"), "INGO"))
                .statusCode(anyOf(is(201), is(409)));
    }

    /** An INGO registered in the province through the year, with its report of the year naming the province. */
    @State("an organization with an annual report")
    Map<String, Object> withAnAnnualReport(Map<String, Object> params) {
        String organization = createOrganization();
        int year = ((Number) params.get("year")).intValue();
        String province = (String) params.get("province");
        createOperation(organization, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), province);
        createAnnualReport(organization, annualReport(year, LocalDate.of(year + 1, 3, 1),
                reportLine(province, "120000", "95000", "USD", 2)));
        return Map.of("organizationId", organization);
    }

    /** An INGO with an operation registration covering the province from a year ago to a year ahead. */
    @State("an organization with an operation registration")
    Map<String, Object> withAnOperationRegistration(Map<String, Object> params) {
        String organization = createOrganization();
        createOperation(organization, today().minusYears(1), today().plusYears(1), (String) params.get("province"));
        return Map.of("organizationId", organization);
    }

    /** An INGO registered in the province through the year, which sent no report of it. */
    @State("an organization that did not report")
    Map<String, Object> withoutItsReport(Map<String, Object> params) {
        String organization = createOrganization();
        int year = ((Number) params.get("year")).intValue();
        createOperation(organization, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), (String) params.get("province"));
        return Map.of("organizationId", organization);
    }

    /** Ids are random UUIDs: the one in the pact is no organization's. */
    @State("no organization with the id")
    void noSuchOrganization() {
    }
}
