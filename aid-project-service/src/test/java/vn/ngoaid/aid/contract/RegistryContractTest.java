package vn.ngoaid.aid.contract;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.core.model.V4Pact;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ngoaid.common.testing.Contracts;
import vn.ngoaid.common.testing.PactCoverage;

import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static io.restassured.RestAssured.given;
import static vn.ngoaid.aid.Fixtures.postProject;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.put;
import static vn.ngoaid.aid.Fixtures.with;
import static vn.ngoaid.common.testing.Contracts.BEARER;
import static vn.ngoaid.common.testing.Contracts.CODE;
import static vn.ngoaid.common.testing.Contracts.COUNTRY;
import static vn.ngoaid.common.testing.Contracts.DATE;
import static vn.ngoaid.common.testing.Contracts.EXAMPLE_BEARER;
import static vn.ngoaid.common.testing.Contracts.EXAMPLE_JSON;
import static vn.ngoaid.common.testing.Contracts.JSON;
import static vn.ngoaid.common.testing.Contracts.PROVINCE;

/**
 * What this service asks ngo-registry-service (through registry-client, with the caller's token) and exactly what it
 * reads from the answers: the donor's name, type and country when it is eligible; its name and the reason when not;
 * the organization's id, name, type and country when an unchanged donor is refreshed on update, or when a CSV import
 * names a registered donor by its name and country (the registry's search); 404 for an
 * organization the registry does not know, which is a 422 here. The pact is committed in ngo-registry-service,
 * whose build verifies it.
 */
@QuarkusTest
@WithTestResource(value = MockProviders.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RegistryContractTest {

    /** The id in the examples; on the provider, the organization its state makes takes its place. */
    private static final String ORGANIZATION = "5b1f7a0e-2c4d-4e8f-9a3b-6c7d8e9f0a1b";
    private static final String UNKNOWN = "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b";
    /** The province and approval date of {@link vn.ngoaid.aid.Fixtures#project()}. */
    private static final String IN_PROVINCE = "12";
    private static final String APPROVED_ON = "2019-04-22";

    private static final String ELIGIBLE = "the eligibility of an organization registered in the province on the day";
    private static final String NOT_ELIGIBLE = "the eligibility of an organization with no registration";
    private static final String UNKNOWN_ELIGIBILITY = "the eligibility of an organization the registry does not know";
    private static final String BY_ID = "an organization by its id";
    private static final String BY_NAME = "organizations by name and country";
    private static final String NAME = "Good Neighbors International";
    private static final String REPORTS = "the annual reports of an organization in a year";
    private static final String REGISTRATIONS = "the registrations of an organization";
    private static final String MISSING = "the missing annual reports of an organization by province and year";

    private static final V4Pact PACT = ConsumerPactBuilder.consumer("aid-project-service").hasPactWith("ngo-registry-service")
            .given("an organization registered in a province", Map.of("province", IN_PROVINCE, "on", APPROVED_ON))
            .uponReceiving(ELIGIBLE)
            .method("GET").pathFromProviderState("/api/v1/organizations/${organizationId}/eligibility",
                    "/api/v1/organizations/" + ORGANIZATION + "/eligibility")
            .matchQuery("province", PROVINCE, IN_PROVINCE).matchQuery("on", DATE, APPROVED_ON)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .booleanValue("eligible", true)
                    .stringType("organizationName", "World Vision International")
                    .stringMatcher("organizationType", CODE, "INGO")
                    .stringMatcher("countryCode", COUNTRY, "US"))

            .given("an organization without registrations")
            .uponReceiving(NOT_ELIGIBLE)
            .method("GET").pathFromProviderState("/api/v1/organizations/${organizationId}/eligibility",
                    "/api/v1/organizations/" + ORGANIZATION + "/eligibility")
            .matchQuery("province", PROVINCE, IN_PROVINCE).matchQuery("on", DATE, APPROVED_ON)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .booleanValue("eligible", false)
                    .stringType("organizationName", "Vredeseilanden")
                    .stringType("reason", "No registration covers province 12 on 2019-04-22."))

            .given("no organization with the id")
            .uponReceiving(UNKNOWN_ELIGIBILITY)
            .method("GET").path("/api/v1/organizations/" + UNKNOWN + "/eligibility")
            .matchQuery("province", PROVINCE, IN_PROVINCE).matchQuery("on", DATE, APPROVED_ON)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(404)

            .given("an organization")
            .uponReceiving(BY_ID)
            .method("GET").pathFromProviderState("/api/v1/organizations/${organizationId}",
                    "/api/v1/organizations/" + ORGANIZATION)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .uuid("id", ORGANIZATION)
                    .stringType("name", "World Vision Vietnam")
                    .stringMatcher("type", CODE, "INGO")
                    .stringMatcher("countryCode", COUNTRY, "US"))

            .given("an organization with a name", Map.of("name", NAME, "countryCode", "KR"))
            .uponReceiving(BY_NAME)
            .method("GET").path("/api/v1/organizations")
            .matchQuery("q", ".+", NAME).matchQuery("country", COUNTRY, "KR")
            .matchQuery("page", "\\d+", "0").matchQuery("size", "\\d+", "200")
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .integerType("totalPages", 1)
                    .minArrayLike("items", 1)
                        .uuid("id", ORGANIZATION)
                        .stringType("name", NAME)
                        .stringMatcher("type", CODE, "INGO")
                        .stringMatcher("countryCode", COUNTRY, "KR")
                        .closeObject()
                    .closeArray())

            .given("an organization with an annual report", Map.of("year", 2020, "province", "20"))
            .uponReceiving(REPORTS)
            .method("GET").path("/api/v1/annual-reports")
            .queryParameterFromProviderState("organizationId", "${organizationId}", ORGANIZATION)
            .matchQuery("year", "\\d{4}", "2020")
            .matchQuery("page", "\\d+", "0").matchQuery("size", "\\d+", "200")
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .integerType("totalPages", 1)
                    .minArrayLike("items", 1)
                        .uuid("id", "7c2e9a4b-1d3f-4b5a-8c6d-9e0f1a2b3c4d")
                        .valueFromProviderState("organizationId", "${organizationId}", ORGANIZATION)
                        .stringType("organizationName", "World Vision International")
                        .integerType("year", 2020)
                        .minArrayLike("provinces", 1)
                            .stringMatcher("province", PROVINCE, "20")
                            .integerType("projects", 2)
                            .object("committed").numberType("amount", 120000).stringMatcher("currency", "[A-Z]{3}", "USD").closeObject()
                            .object("disbursed").numberType("amount", 95000).stringMatcher("currency", "[A-Z]{3}", "USD").closeObject()
                            .closeObject()
                        .closeArray()
                        .closeObject()
                    .closeArray())

            .given("an organization with an operation registration", Map.of("province", IN_PROVINCE))
            .uponReceiving(REGISTRATIONS)
            .method("GET").path("/api/v1/registrations")
            .queryParameterFromProviderState("organizationId", "${organizationId}", ORGANIZATION)
            .matchQuery("page", "\\d+", "0").matchQuery("size", "\\d+", "200")
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .integerType("totalPages", 1)
                    .minArrayLike("items", 1)
                        .uuid("id", "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a")
                        .valueFromProviderState("organizationId", "${organizationId}", ORGANIZATION)
                        .stringType("certificateNumber", "112/CNV-HĐ")
                        .stringMatcher("validFrom", DATE, "2024-01-01")
                        .stringMatcher("validUntil", DATE, "2026-12-31")
                        .stringMatcher("status", CODE, "ACTIVE")
                        .array("provinces").stringMatcher(PROVINCE, IN_PROVINCE).closeArray()
                        .minArrayLike("history", 1)
                            .stringMatcher("status", CODE, "ACTIVE")
                            .stringMatcher("effectiveOn", DATE, "2024-01-01")
                            .closeObject()
                        .closeArray()
                        .closeObject()
                    .closeArray())

            .given("an organization that did not report", Map.of("province", IN_PROVINCE, "year", 2025))
            .uponReceiving(MISSING)
            .method("GET").path("/api/v1/statistics/annual-reports")
            .matchQuery("groupBy", "organization,province,year", "organization,province,year")
            .matchQuery("fromYear", "\\d{4}", "2024").matchQuery("toYear", "\\d{4}", "2025")
            .queryParameterFromProviderState("organizationId", "${organizationId}", ORGANIZATION)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .minArrayLike("rows", 1)
                        .valueFromProviderState("organization", "${organizationId}", ORGANIZATION)
                        .stringMatcher("province", PROVINCE, IN_PROVINCE)
                        .integerType("year", 2025)
                        .integerType("missing", 1)
                        .stringMatcher("dueOn", DATE, "2026-03-31")
                        .closeObject()
                    .closeArray())
            .toPact(V4Pact.class);

    @RegisterExtension
    static final PactCoverage COVERAGE = new PactCoverage(PACT, MockProviders::registryPort);

    private static Map<String, Object> projectOf(String organization) {
        return with(project(), "donor", Map.of("organizationId", organization));
    }

    @Test
    void anEligibleDonorIsRecordedWithTheRegistrysNameTypeAndCountry() {
        COVERAGE.exercise(() -> postProject(projectOf(ORGANIZATION)).statusCode(201)
                .body("donor.organizationId", equalTo(ORGANIZATION))
                .body("donor.name", equalTo("World Vision International"))
                .body("donor.type", equalTo("INGO"))
                .body("donor.countryCode", equalTo("US")), ELIGIBLE);
    }

    @Test
    void anUpdateTakesTheRegistrysCurrentNameOfAnUnchangedDonor() {
        COVERAGE.exercise(() -> {
            Map<String, Object> body = projectOf(ORGANIZATION);
            String id = postProject(body).statusCode(201).extract().path("id");
            put(id, with(body, "title", "Renamed")).statusCode(200)
                    .body("donor.organizationId", equalTo(ORGANIZATION))
                    .body("donor.name", equalTo("World Vision Vietnam"));
        }, ELIGIBLE, BY_ID);
    }

    @Test
    void anIneligibleDonorIs422WithTheRegistrysReason() {
        COVERAGE.exercise(() -> postProject(projectOf(ORGANIZATION)).statusCode(422)
                .body("detail", allOf(containsString("Vredeseilanden is not eligible in province 12"),
                        containsString("No registration covers province 12 on 2019-04-22."))), NOT_ELIGIBLE);
    }

    @Test
    void anOrganizationTheRegistryDoesNotKnowIs422() {
        COVERAGE.exercise(() -> postProject(projectOf(UNKNOWN)).statusCode(422)
                .body("detail", containsString("knows no organization with id " + UNKNOWN)), UNKNOWN_ELIGIBILITY);
    }

    @Test
    void aCsvImportFindsARegisteredDonorByNameAndCountry() {
        String csv = "code,title,donorName,donorCountryCode,modality,sectors,locations,approvalLevel,approvalDecisionNumber,approvalDecisionDate,currency\r\n"
                + "PACT-IMPORT-1,Pact import," + NAME + ",KR,PROJECT,11120," + IN_PROVINCE + ",PROVINCIAL,512/QĐ-UBND," + APPROVED_ON + ",USD\r\n";
        COVERAGE.exercise(() -> given().contentType("text/csv").accept("application/json").body(csv)
                .post("/api/v1/imports/projects?mode=dry_run").then().log().ifValidationFails().statusCode(200)
                .body("accepted", equalTo(1)).body("problems", hasSize(0)), BY_NAME, ELIGIBLE);
    }

    @Test
    void reconciliationReadsTheOrganizationsReportsInOneQuestion() {
        COVERAGE.exercise(() -> given().accept("application/json").queryParam("organizationId", ORGANIZATION)
                .queryParam("year", 2020).get("/api/v1/reconciliation").then().log().ifValidationFails().statusCode(200)
                .body("rows[0].organizationId", equalTo(ORGANIZATION))
                .body("rows[0].donorName", equalTo("World Vision International"))
                .body("rows[0].province", equalTo("20"))
                .body("rows[0].reported.committed", equalTo(120000.00f))
                .body("rows[0].status", equalTo("NOT_RECORDED")), REPORTS);
    }

    @Test
    void alertsAskTheDonorsRegistrationsAndMissingReportsOnceEach() {
        COVERAGE.exercise(() -> {
            postProject(projectOf(ORGANIZATION)).statusCode(201);
            for (String kind : new String[]{"REGISTRATION_LAPSED", "ANNUAL_REPORT_MISSING"}) {
                given().accept("application/json").queryParam("organizationId", ORGANIZATION).queryParam("kind", kind)
                        .get("/api/v1/alerts").then().log().ifValidationFails().statusCode(200);
            }
        }, ELIGIBLE, REGISTRATIONS, MISSING);
    }

    @Test
    void theCommittedPactIsTheOneTheseTestsState() {
        Contracts.requireCommitted(PACT);
    }
}
