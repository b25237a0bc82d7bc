package vn.ngoaid.aid.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.with;

@QuarkusTest
@QuarkusTestResource(value = RegistryStub.class, restrictToAnnotatedClass = true)
class ProjectSmokeTest {

    @Test
    void smoke() {
        String id = create(project());
        money(id, "COMMITMENT", "2019-05-10", "2900000000", null);
        money(id, "DISBURSEMENT", "2019-08-10", "1000000000", null);
        given().get("/api/v1/projects/" + id).then().log().ifValidationFails().statusCode(200)
                .body("totals.committed", equalTo(2900000000L)).body("totals.disbursementRate", equalTo(0.3448f));
        UUID org = UUID.randomUUID();
        RegistryStub.eligible(org, "World Vision International", "US", "INGO", "22", LocalDate.parse("2020-03-15"));
        var body = with(with(project(), "donor", Map.of("organizationId", org.toString())), "locations",
                List.of(Map.of("province", "22")));
        body = with(body, "approvalDecision", Map.of("number", "1/QĐ", "date", "2020-03-15"));
        post("/api/v1/projects", body).log().ifValidationFails().statusCode(201).body("donor.name", equalTo("World Vision International"));
        given().get("/api/v1/aggregates?groupBy=province,sector&currency=VND").then().log().all().statusCode(200);
    }
}
