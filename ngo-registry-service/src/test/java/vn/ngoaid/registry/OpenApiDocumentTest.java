package vn.ngoaid.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.ContractChecks;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.fields;
import static vn.ngoaid.registry.Fixtures.postStatusChange;
import static vn.ngoaid.registry.Fixtures.today;
import static vn.ngoaid.registry.Fixtures.uniqueName;

/** The served OpenAPI document is the contract: every path of API.md, documented operations and error answers. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> CONTRACT_PATHS = List.of(
            "/api/v1/organizations",
            "/api/v1/organizations/{id}",
            "/api/v1/organizations/{id}/registrations",
            "/api/v1/registrations",
            "/api/v1/registrations/{id}",
            "/api/v1/registrations/{id}/status-changes",
            "/api/v1/organizations/{id}/eligibility",
            "/api/v1/statistics/registrations");

    @Test
    void listsEveryPathOfTheContract() {
        Map<String, Object> paths = document().getMap("paths");
        assertThat(paths.keySet(), hasItems(CONTRACT_PATHS.toArray(String[]::new)));
    }

    @Test
    void everyOperationHasASummaryADescriptionAndATag() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (method.equals("parameters")) {
                return;
            }
            for (String key : List.of("summary", "description", "tags")) {
                assertThat(method + " " + path + " has " + key, operation, hasKey(key));
            }
        }));
    }

    @Test
    void errorAnswersAreProblemDocuments() {
        JsonPath doc = document();
        assertThat(doc.getMap("components.responses").keySet(), hasItems(
                "BadRequest", "NotFound", "Conflict", "PreconditionFailed", "UnprocessableEntity"));
        assertThat(doc.getString("components.responses.NotFound.content.'application/problem+json'.schema.$ref"),
                equalTo("#/components/schemas/Problem"));
        assertThat(doc.getString("paths.'/api/v1/organizations/{id}'.get.responses.'404'.$ref"),
                equalTo("#/components/responses/NotFound"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationIsNamedAndEveryHeaderTyped() throws Exception {
        ContractChecks.everyOperationIsNamedAndEveryHeaderTyped();
    }

    @Test
    void everyExampleMatchesItsSchema() {
        assertThat(ContractChecks.everyExampleMatchesItsSchema(), greaterThan(100));
    }

    @Test
    void everyAnswerMatchesItsSchema() {
        // answers with every optional field and with none: an eligible organization and one without a registration,
        // a status change with a reason and one without
        String full = createOrganization();
        String registration = createOperation(full, today().minusYears(1), today().plusYears(1), "20");
        changeStatus(registration, "SUSPENDED", today().minusMonths(6));
        postStatusChange(registration, fields("status", "ACTIVE", "effectiveOn", today().minusMonths(5).toString()))
                .statusCode(200);
        createOrganization(fields("name", uniqueName("Bare INGO"), "countryCode", "DE", "type", "INGO"));
        assertThat(ContractChecks.everyAnswerMatchesItsSchema(3), greaterThan(20));
    }
}
