package vn.ngoaid.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.security.Roles;
import vn.ngoaid.partner.security.Callers.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.ngoaid.partner.Fixtures.json;
import static vn.ngoaid.partner.Fixtures.locality;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.security.Callers.OTHER_PROVINCE;
import static vn.ngoaid.partner.security.Callers.RECORD_PROVINCE;
import static vn.ngoaid.partner.security.Callers.as;
import static vn.ngoaid.partner.security.Callers.audit;

/**
 * The audit trail records every write with who made it (subject, roles, province), what (entity type, id, operation)
 * and the record as the API answered it; a refused write leaves it unchanged; records show createdBy and updatedBy.
 */
@QuarkusTest
class AuditTrailTest {

    @Test
    void recordsEveryWriteOfAProvinceOfficerUnderItsSubject() {
        String officer = "officer-lang-son-" + token();
        List<String> expected = new ArrayList<>();

        Map<String, Object> answer = as(officer, Roles.PROVINCE_OFFICER, RECORD_PROVINCE)
                .body(json(locality("Audit " + token(), "CN", "CITY", null))).post("/api/v1/localities")
                .then().statusCode(201).extract().jsonPath().getMap("");
        expected.add("locality CREATE " + answer.get("id"));
        Map<String, Object> firstAnswer = answer;

        for (Kind kind : Kind.values()) {
            String id = as(officer, Roles.PROVINCE_OFFICER, RECORD_PROVINCE)
                    .body(json(kind.body(RECORD_PROVINCE, token()))).post(kind.path)
                    .then().statusCode(201).body("createdBy", equalTo(officer)).extract().path("id");
            expected.add(kind.entityType + " CREATE " + id);
        }

        Map<String, Object> body = Kind.PARTNERSHIP.body(RECORD_PROVINCE, token());
        String partnership = as(officer, Roles.PROVINCE_OFFICER, RECORD_PROVINCE).body(json(body))
                .post(Kind.PARTNERSHIP.path).then().statusCode(201).extract().path("id");
        expected.add("partnership CREATE " + partnership);
        Map<String, Object> updated = as(officer, Roles.PROVINCE_OFFICER, RECORD_PROVINCE).header("If-Match", "\"0\"")
                .body(json(Kind.PARTNERSHIP.changed(body, RECORD_PROVINCE))).put(Kind.PARTNERSHIP.path + "/" + partnership)
                .then().statusCode(200).body("createdBy", equalTo(officer)).body("updatedBy", equalTo(officer))
                .extract().jsonPath().getMap("");
        expected.add("partnership UPDATE " + partnership);

        JsonPath trail = audit("subject", officer, "sort", "recordedAt,asc", "size", "50").extract().jsonPath();
        assertThat(trail.getInt("totalItems"), equalTo(expected.size()));
        List<Map<String, Object>> items = trail.getList("items");
        List<String> recorded = items.stream()
                .map(e -> e.get("entityType") + " " + e.get("operation") + " " + e.get("entityId")).toList();
        assertThat(recorded, containsInAnyOrder(expected.toArray()));
        assertThat(trail.getList("items.subject"), everyItem(equalTo(officer)));
        assertThat(trail.getList("items.province"), everyItem(equalTo(RECORD_PROVINCE)));
        assertThat(trail.getList("items.roles"), everyItem(contains(Roles.PROVINCE_OFFICER)));
        // the change is the record as the API answered it
        assertThat(items.get(0).get("change"), equalTo(firstAnswer));
        assertThat(items.get(items.size() - 1).get("change"), equalTo(updated));
        assertThat(trail.getList("items.change.createdBy"), everyItem(equalTo(officer)));
    }

    @Test
    void createdByAndUpdatedByShowTheSubjects() {
        String officer = "officer-quang-ninh-" + token();
        String coordinator = "coordinator-" + token();
        Map<String, Object> body = Kind.ASSOCIATION.body(OTHER_PROVINCE, token());
        String id = as(officer, Roles.PROVINCE_OFFICER, OTHER_PROVINCE).body(json(body)).post(Kind.ASSOCIATION.path)
                .then().statusCode(201).body("createdBy", equalTo(officer)).body("updatedBy", equalTo(officer))
                .extract().path("id");
        as(coordinator, Roles.COORDINATOR, null).header("If-Match", "\"0\"")
                .body(json(Kind.ASSOCIATION.changed(body, OTHER_PROVINCE))).put(Kind.ASSOCIATION.path + "/" + id)
                .then().statusCode(200).body("createdBy", equalTo(officer)).body("updatedBy", equalTo(coordinator));
        given().get(Kind.ASSOCIATION.path + "/" + id).then().statusCode(200)
                .body("createdBy", equalTo(officer)).body("updatedBy", equalTo(coordinator));
        audit("entityId", id, "sort", "recordedAt,asc").body("totalItems", equalTo(2))
                .body("items.subject", contains(officer, coordinator))
                .body("items.operation", contains("CREATE", "UPDATE"))
                .body("items.entityType", everyItem(equalTo("friendship-association")))
                .body("items[1].province", equalTo(null));
    }

    @Test
    void aRefusedWriteLeavesTheTrailAsItWas() {
        String officer = "officer-lang-son-" + token();
        Map<String, Object> body = Kind.PARTNERSHIP.body(RECORD_PROVINCE, token());
        String id = as(officer, Roles.PROVINCE_OFFICER, RECORD_PROVINCE).body(json(body)).post(Kind.PARTNERSHIP.path)
                .then().statusCode(201).extract().path("id");

        // another province, and a PUT that would move the record there
        as(officer, Roles.PROVINCE_OFFICER, RECORD_PROVINCE).body(json(Kind.EXCHANGE.body(OTHER_PROVINCE, token())))
                .post(Kind.EXCHANGE.path).then().statusCode(403);
        as(officer, Roles.PROVINCE_OFFICER, RECORD_PROVINCE).header("If-Match", "\"0\"")
                .body(json(Kind.PARTNERSHIP.changed(body, OTHER_PROVINCE))).put(Kind.PARTNERSHIP.path + "/" + id)
                .then().statusCode(403);
        // a viewer
        String viewer = "viewer-" + token();
        as(viewer, Roles.VIEWER, null).body(json(locality("Audit " + token(), "CN", "CITY", null)))
                .post("/api/v1/localities").then().statusCode(403);

        audit("subject", officer).body("totalItems", equalTo(1)).body("items[0].operation", equalTo("CREATE"));
        audit("entityId", id).body("totalItems", equalTo(1));
        audit("subject", viewer).body("totalItems", equalTo(0));
    }

    @Test
    void theTrailIsReadOnlyAndForCoordinators() {
        as("Bearer " + vn.ngoaid.devtoken.DevTokens.issue("officer", List.of(Roles.PROVINCE_OFFICER), RECORD_PROVINCE,
                java.time.Duration.ofMinutes(5))).get("/api/v1/audit").then().statusCode(403);
        String id = vn.ngoaid.partner.Fixtures.createLocality("CN");
        audit("entityType", "locality", "entityId", id).body("totalItems", equalTo(1))
                .body("items[0].entityType", equalTo("locality"));
        for (String method : List.of("POST", "PUT", "DELETE")) {
            as(Callers.Who.COORDINATOR, "coordinator-" + token()).body("{}").request(method, "/api/v1/audit")
                    .then().statusCode(405);
        }
    }
}
