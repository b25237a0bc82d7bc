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
import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.association;
import static vn.ngoaid.partner.Fixtures.byLocality;
import static vn.ngoaid.partner.Fixtures.byOrganization;
import static vn.ngoaid.partner.Fixtures.create;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.fields;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.Fixtures.twinning;

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

    @Test
    void everyAnswerMatchesItsSchema() {
        // of every record type one with every optional field and one with only what its input requires; counterparts
        // by locality, by organization, and by name without a country
        String t = token();
        String region = createLocality("Guangxi " + t, "CN", "REGION", null);
        String city = createLocality("Pingxiang " + t, "CN", "CITY", region);
        String bare = create("/api/v1/localities", fields("name", "Bare " + t, "countryCode", "CN", "level", "CITY"));
        create("/api/v1/partnerships", with(partnership("22", city, "FRIENDSHIP", "2011-07-06"), "until", "2015-01-01"));
        create("/api/v1/partnerships", fields("province", "22", "localityId", bare, "kind", "COOPERATION", "since", "2012-01-01"));
        create("/api/v1/agreements", with(agreement("22", byLocality(city), "Trade " + t, "2012-03-01"), "validUntil", "2030-01-01"));
        create("/api/v1/agreements", agreement("22", byOrganization(RegistryStub.known("Chamber " + t, "CN")), "Fairs " + t,
                "2013-03-01"));
        create("/api/v1/agreements", fields("province", "22", "counterpart", fields("name", "Traders " + t), "title", "Bare " + t,
                "signedOn", "2014-03-01"));
        create("/api/v1/twinnings", with(twinning("22", "Thôn " + t, "VILLAGE", "Village " + t, "VILLAGE", city, "2016-05-20"),
                "note", "Border market"));
        create("/api/v1/twinnings", fields("province", "22", "domesticUnit", fields("name", "Xã " + t, "level", "COMMUNE"),
                "foreignUnit", fields("name", "Township " + t, "level", "TOWNSHIP"), "localityId", bare, "since", "2017-01-01"));
        create("/api/v1/exchanges", with(with(with(exchange("22", "INBOUND", "Visit " + t, "2015-09-14"), "localityId", city),
                "endDate", "2015-09-16"), "participants", 12));
        create("/api/v1/exchanges", with(exchange("22", "OUTBOUND", "Study " + t, "2016-09-14"), "organizationId",
                RegistryStub.known("Institute " + t, "CN").toString()));
        create("/api/v1/exchanges", fields("province", "22", "direction", "INBOUND", "title", "Batch " + t,
                "startDate", "2017-01-01", "delegations", 3));
        create("/api/v1/friendship-associations", association("22", "Vietnam–China " + t, "CN", 520));
        create("/api/v1/friendship-associations", fields("province", "22", "name", "Bare " + t, "counterpartCountry", "CN"));
        assertThat(ContractChecks.everyAnswerMatchesItsSchema(3), greaterThan(30));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
