package vn.ngoaid.partner;

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

/** The served OpenAPI document is the contract: every path of API.md, documented operations and error answers. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> RESOURCES = List.of(
            "localities", "partnerships", "agreements", "twinnings", "exchanges", "friendship-associations");

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsEveryPathOfTheContractWithItsOperations() {
        JsonPath doc = document();
        Map<String, Object> paths = doc.getMap("paths");
        for (String resource : RESOURCES) {
            assertThat(paths.keySet(), hasItems("/api/v1/" + resource, "/api/v1/" + resource + "/{id}"));
            assertThat(doc.getMap("paths.'/api/v1/" + resource + "'"), hasKey("post"));
            assertThat(doc.getMap("paths.'/api/v1/" + resource + "'"), hasKey("get"));
            assertThat(doc.getMap("paths.'/api/v1/" + resource + "/{id}'"), hasKey("put"));
            assertThat(doc.getString("paths.'/api/v1/" + resource + "/{id}'.put.responses.'412'.$ref"),
                    equalTo("#/components/responses/PreconditionFailed"));
            assertThat(doc.getString("paths.'/api/v1/" + resource + "/{id}'.put.responses.'428'.$ref"),
                    equalTo("#/components/responses/PreconditionRequired"));
            assertThat(doc.getString("paths.'/api/v1/" + resource + "/{id}'.get.responses.'404'.$ref"),
                    equalTo("#/components/responses/NotFound"));
        }
        assertThat(paths.keySet(), hasItems("/api/v1/statistics"));
    }

    @Test
    void everyOperationHasASummaryADescriptionAndATag() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (method.equals("parameters") || !path.startsWith("/api/v1/") || path.startsWith("/api/v1/reference")) {
                return;
            }
            for (String key : List.of("summary", "description", "tags")) {
                assertThat(method + " " + path + " has " + key, operation, hasKey(key));
            }
        }));
    }

    @Test
    void registryFailuresAreDocumentedWhereTheRegistryIsAsked() {
        JsonPath doc = document();
        for (String path : List.of("/api/v1/agreements", "/api/v1/exchanges")) {
            assertThat(doc.getString("paths.'" + path + "'.post.responses.'503'.$ref"),
                    equalTo("#/components/responses/ServiceUnavailable"));
            assertThat(doc.getString("paths.'" + path + "'.post.responses.'422'.$ref"),
                    equalTo("#/components/responses/UnprocessableEntity"));
        }
    }

    @Test
    void aViewsFieldsItsInputLacksAreReadOnly() {
        Map<String, Map<String, Object>> twinning = document().getMap("components.schemas.Twinning.properties");
        for (String field : List.of("id", "localityName", "countryCode", "createdAt", "updatedBy", "version")) {
            assertThat(field, twinning.get(field).get("readOnly"), equalTo(true));
        }
        for (String field : List.of("province", "domesticUnit", "localityId", "since", "note")) {
            assertThat(field, twinning.get(field).get("readOnly"), equalTo(null));
        }
    }

    @Test
    void everyOperationIsNamedAndEveryHeaderTyped() throws Exception {
        ContractChecks.everyOperationIsNamedAndEveryHeaderTyped();
    }

    @Test
    void everyExampleMatchesItsSchema() {
        assertThat(ContractChecks.everyExampleMatchesItsSchema(), greaterThan(100));
    }
}
