package vn.ngoaid.aid;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * The real registry and the real aid-project service together over HTTP: an organization and its registration are
 * recorded in the registry, and the aid service asks it whether projects may be accepted. Last, the registry stops.
 */
@QuarkusTest
@WithTestResource(value = RealRegistry.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    private static String organizationId;

    private static String organizationWithARegistrationIn22() {
        if (organizationId == null) {
            organizationId = given().baseUri(RealRegistry.baseUrl()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Pathfinder End-to-End " + Fixtures.token(), "countryCode", "US", "type", "INGO"))
                    .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
            given().baseUri(RealRegistry.baseUrl()).contentType(ContentType.JSON)
                    .body(Map.of("kind", "OPERATION", "certificateNumber", "E2E-" + Fixtures.token(),
                            "issuedBy", "COMINGO", "issuedOn", "2019-12-20", "validFrom", "2020-01-01",
                            "validUntil", "2022-12-31", "provinces", List.of("22")))
                    .post("/api/v1/organizations/" + organizationId + "/registrations").then().statusCode(201);
        }
        return organizationId;
    }

    private static Map<String, Object> projectApprovedOn(String date) {
        Map<String, Object> body = with(project(), "donor", Map.of("organizationId", organizationWithARegistrationIn22()));
        body = with(body, "locations", List.of(Map.of("province", "22", "district", "Hạ Long")));
        return with(body, "approvalDecision", Map.of("number", "77/QĐ-UBND", "date", date));
    }

    @Test
    @Order(1)
    void aProjectApprovedWhileTheRegistrationRunsIsAcceptedWithTheRegistrysNames() {
        post("/api/v1/projects", projectApprovedOn("2021-06-01")).statusCode(201)
                .body("donor.name", containsString("Pathfinder End-to-End"))
                .body("donor.type", equalTo("INGO"))
                .body("donor.countryCode", equalTo("US"));
    }

    @Test
    @Order(2)
    void aProjectApprovedAfterTheRegistrationExpiredIsRefusedWithTheRegistrysReason() {
        post("/api/v1/projects", projectApprovedOn("2023-03-01")).statusCode(422)
                .body("detail", containsString("province 22"))
                .body("detail", containsString("expired on 2022-12-31"));
    }

    @Test
    @Order(3)
    void aProjectInAProvinceTheRegistrationDoesNotCoverIsRefused() {
        Map<String, Object> body = with(projectApprovedOn("2021-06-01"), "locations", List.of(Map.of("province", "20")));
        post("/api/v1/projects", body).statusCode(422).body("detail", containsString("province 20 (Lạng Sơn)"));
    }

    @Test
    @Order(4)
    void withTheRegistryStoppedACreateIsAQuick503AndNothingIsStored() {
        Map<String, Object> body = projectApprovedOn("2021-06-01");
        RealRegistry.stopRegistry();

        long took = given().contentType(ContentType.JSON).body(body).post("/api/v1/projects")
                .then().statusCode(503).body("detail", containsString("ngo-registry-service")).extract().time();
        assertThat(took, lessThan(2000L));
        given().queryParam("q", body.get("code")).get("/api/v1/projects").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
