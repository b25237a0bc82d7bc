package vn.ngoaid.aid.project;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.with;

/** A project's partner locality must exist in partner-service, asked over REST. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PartnerLocalityTest {

    @Test
    void aKnownLocalityIsRecorded() {
        UUID locality = UUID.randomUUID();
        RegistryStub.partnerLocality(locality, 200);
        post("/api/v1/projects", with(project(), "partnerLocalityId", locality.toString())).statusCode(201)
                .body("partnerLocalityId", equalTo(locality.toString()));
    }

    @Test
    void anUnknownLocalityIs422() {
        UUID locality = UUID.randomUUID();
        RegistryStub.partnerLocality(locality, 404);
        post("/api/v1/projects", with(project(), "partnerLocalityId", locality.toString())).statusCode(422)
                .body("detail", containsString("no partner locality with id " + locality));
    }

    @Test
    void whenPartnerServiceCannotAnswerTheCreateIs503AndNothingIsStored() {
        UUID locality = UUID.randomUUID();
        RegistryStub.partnerLocality(locality, 0);
        Map<String, Object> body = with(project(), "partnerLocalityId", locality.toString());
        post("/api/v1/projects", body).statusCode(503).body("detail", containsString("partner-service"));
        given().queryParam("q", body.get("code")).get("/api/v1/projects").then().body("totalItems", equalTo(0));
    }

    @Test
    void anUnchangedLocalityIsNotAskedAgainOnUpdate() {
        UUID locality = UUID.randomUUID();
        RegistryStub.partnerLocality(locality, 200);
        Map<String, Object> body = with(project(), "partnerLocalityId", locality.toString());
        var created = post("/api/v1/projects", body).statusCode(201).extract();

        RegistryStub.partnerLocality(locality, 0);
        given().contentType("application/json").header("If-Match", created.header("ETag"))
                .body(with(body, "title", "Renamed")).put("/api/v1/projects/" + created.path("id"))
                .then().statusCode(200).body("title", equalTo("Renamed"));
    }
}
