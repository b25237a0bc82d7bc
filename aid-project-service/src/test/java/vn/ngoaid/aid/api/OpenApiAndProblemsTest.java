package vn.ngoaid.aid.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.common.testing.ContractChecks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static vn.ngoaid.aid.Fixtures.PROBLEM_JSON;
import static vn.ngoaid.aid.Fixtures.api;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.correction;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.fields;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.token;
import static vn.ngoaid.aid.Fixtures.transaction;
import static vn.ngoaid.aid.Fixtures.with;

/** The served OpenAPI document lists the contract's paths, and every error answer is an RFC 9457 problem. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OpenApiAndProblemsTest {

    private static final List<String> CONTRACT_PATHS = List.of(
            "/api/v1/projects",
            "/api/v1/projects/{id}",
            "/api/v1/projects/{id}/transactions",
            "/api/v1/exchange-rates",
            "/api/v1/exchange-rates/{year}/{currency}",
            "/api/v1/aggregates");

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theOpenApiDocumentListsEveryPathOfTheContract() {
        Map<String, Object> paths = document().getMap("paths");
        assertThat(paths.keySet(), hasItems(CONTRACT_PATHS.toArray(String[]::new)));
    }

    @Test
    void theOpenApiDocumentHasTheContractsOperations() {
        JsonPath doc = document();
        assertThat(doc.getMap("paths.'/api/v1/projects'"), hasKey("post"));
        assertThat(doc.getMap("paths.'/api/v1/projects'"), hasKey("get"));
        assertThat(doc.getMap("paths.'/api/v1/projects/{id}'"), hasKey("put"));
        assertThat(doc.getMap("paths.'/api/v1/projects/{id}/transactions'"), hasKey("post"));
        assertThat(doc.getMap("paths.'/api/v1/projects/{id}/transactions'"), not(hasKey("delete")));
        assertThat(doc.getMap("paths.'/api/v1/exchange-rates/{year}/{currency}'"), hasKey("put"));
        assertThat(doc.getMap("paths.'/api/v1/aggregates'"), hasKey("get"));
        assertThat(doc.getString("paths.'/api/v1/projects/{id}'.get.responses.'404'.$ref"),
                equalTo("#/components/responses/NotFound"));
        assertThat(doc.getString("components.responses.BadRequest.content.'application/problem+json'.schema.$ref"),
                equalTo("#/components/schemas/Problem"));
        List<String> groupByParameters = doc.getList("paths.'/api/v1/aggregates'.get.parameters.name");
        assertThat(groupByParameters, hasItems("groupBy", "currency", "fromYear", "toYear", "province", "sector", "modality",
                "donorCountry", "organizationId", "approvalLevel"));
    }

    private static ValidatableResponse problemWithAllMembers(ValidatableResponse response, int status) {
        return assertProblem(response, status)
                .contentType(PROBLEM_JSON)
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("\tat ")));
    }

    @Test
    void everyKindOfErrorIsAProblemDocument() {
        String id = create(project());
        // 400 with errors[]
        problemWithAllMembers(api().body(Map.of("code", "x")).post("/api/v1/projects").then(), 400)
                .body("errors[0].field", org.hamcrest.Matchers.notNullValue())
                .body("errors[0].message", org.hamcrest.Matchers.notNullValue())
                .body("instance", equalTo("/api/v1/projects"));
        problemWithAllMembers(given().queryParam("size", 500).get("/api/v1/projects").then(), 400);
        // 404
        problemWithAllMembers(given().get("/api/v1/projects/" + UUID.randomUUID()).then(), 404);
        // 405
        problemWithAllMembers(given().delete("/api/v1/projects/" + id).then(), 405);
        // 409
        problemWithAllMembers(api().body(with(with(project(), "status", "PROPOSED"), "approvalDecision", null))
                .header("If-Match", "\"0\"").put("/api/v1/projects/" + id).then(), 409);
        // 412, 428
        problemWithAllMembers(api().body(project()).header("If-Match", "\"7\"").put("/api/v1/projects/" + id).then(), 412);
        problemWithAllMembers(api().body(project()).put("/api/v1/projects/" + id).then(), 428);
        // 422
        problemWithAllMembers(transaction(id, "DISBURSEMENT", "2019-06-01", "1", null), 422);
        // 415
        given().contentType(ContentType.TEXT).body("code").post("/api/v1/projects").then()
                .statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void everyOperationIsNamedAndEveryHeaderTyped() throws Exception {
        ContractChecks.everyOperationIsNamedAndEveryHeaderTyped();
    }

    @Test
    void anAnswerRequiresEveryFieldAndAnInputOnlyItsOwn() {
        JsonPath doc = document();
        assertThat(doc.getList("components.schemas.Project.required"),
                equalTo(List.copyOf(doc.getMap("components.schemas.Project.properties").keySet())));
        assertThat(doc.getList("components.schemas.ProjectInput.required"), equalTo(List.of(
                "code", "title", "donor", "modality", "sectors", "locations", "approvalLevel", "currency")));
        // a schema of both: what the input says, as a client may leave the rest out
        assertThat(doc.getList("components.schemas.Location.required"), equalTo(List.of("province")));
        assertThat(doc.getList("components.schemas.Location.properties.district.type"), equalTo(List.of("string", "null")));
    }

    @Test
    void everyExampleMatchesItsSchema() {
        assertThat(ContractChecks.everyExampleMatchesItsSchema(), greaterThan(100));
    }

    @Test
    void everyAnswerMatchesItsSchema() {
        // answers with every optional field and with none: a registered donor, a partner locality, a decision, shares
        // and money (a disbursement rate), and a project with only what an input requires (no rate)
        UUID organization = UUID.randomUUID();
        UUID locality = UUID.randomUUID();
        RegistryStub.partnerLocality(locality, 200);
        Map<String, Object> full = with(project(), "donor", registeredDonor(organization, "World Vision International",
                "US", "INGO", LocalDate.parse("2019-04-22"), "12"));
        String funded = create(with(full, "partnerLocalityId", locality.toString()));
        money(funded, "COMMITMENT", "2019-06-01", "1000000", "VND");
        String paid = money(funded, "DISBURSEMENT", "2019-07-01", "400000", "VND");
        correction(funded, paid, "DISBURSEMENT", "2019-07-02", "-100000", "VND").statusCode(201);
        create(fields("code", "T-" + token(), "title", "Bare " + token(),
                "donor", fields("name", "Donor " + token(), "type", "OTHER"), "modality", "PROJECT",
                "sectors", List.of(fields("code", "11120")), "locations", List.of(fields("province", "12")),
                "approvalLevel", "PROVINCIAL", "status", "PROPOSED", "currency", "VND"));
        standardRates();
        assertThat(ContractChecks.everyAnswerMatchesItsSchema(3), greaterThan(20));
    }
}
