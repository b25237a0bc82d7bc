package vn.ngoaid.aid.project;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertRuleBroken;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.implementer;
import static vn.ngoaid.aid.Fixtures.plan;
import static vn.ngoaid.aid.Fixtures.postProject;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.put;
import static vn.ngoaid.aid.Fixtures.token;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * A project's planned disbursements and implementers through the API: stored and answered in a canonical order,
 * carried by a GET → PUT round trip, revised by PUT into the audit trail, their rules (a plan year within the
 * project's years, each year and implementer once, one project owner) and the list's filters.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProjectPlanTest {

    /** {@link vn.ngoaid.aid.Fixtures#project()} runs from 2019-05-01 to 2020-08-31. */
    private static Map<String, Object> planned(Map<String, Object> body, List<Map<String, Object>> plan,
                                               List<Map<String, Object>> implementers) {
        return with(with(body, "plannedDisbursements", plan), "implementers", implementers);
    }

    private static Map<String, Object> owner(String name, String type) {
        return implementer(name, type, "PROJECT_OWNER");
    }

    @Test
    void aPlanIsStoredByYearWithItsImplementersAndAGetPutsBackUnchanged() {
        String district = "Huyện Phong Thổ " + token();
        Map<String, Object> body = planned(project(), List.of(plan(2020, "2000000000"), plan(2019, "1500000000.5")),
                List.of(with(owner(district, "DISTRICT"), "localName", "Ủy ban nhân dân huyện Phong Thổ"),
                        implementer("Lai Chau Department of Education and Training", "PROVINCIAL_DEPARTMENT", "MANAGING_AGENCY")));
        String id = create(body);
        var got = getProject(id).statusCode(200)
                .body("plannedDisbursements.year", equalTo(List.of(2019, 2020)))
                .body("plannedDisbursements[0].amount", decimal("1500000000.5"))
                .body("implementers[0].name", equalTo(district))
                .body("implementers[0].localName", equalTo("Ủy ban nhân dân huyện Phong Thổ"))
                .body("implementers[0].role", equalTo("PROJECT_OWNER"))
                .body("implementers[1].localName", nullValue())
                .extract();
        String etag = got.header("ETag");
        Map<String, Object> answered = got.jsonPath().getMap("");
        given().config(EXACT).contentType(ContentType.JSON).header("If-Match", etag).body(answered)
                .put("/api/v1/projects/" + id).then().statusCode(200).header("ETag", equalTo(etag));
        // the same plan in another order is the same plan
        put(id, with(body, "plannedDisbursements", List.of(plan(2019, "1500000000.50"), plan(2020, "2000000000"))))
                .statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void aRevisedPlanReplacesTheOldOneAndEveryRevisionIsInTheAuditTrail() {
        Map<String, Object> body = planned(project(), List.of(plan(2019, "100")), List.of(owner("Commune " + token(), "COMMUNE")));
        String id = create(body);
        put(id, planned(body, List.of(plan(2019, "80"), plan(2020, "40")), List.of())).statusCode(200)
                .body("plannedDisbursements.year", equalTo(List.of(2019, 2020)))
                .body("plannedDisbursements[0].amount", decimal("80"))
                .body("implementers", equalTo(List.of()));
        given().config(EXACT).queryParam("entityId", id).queryParam("sort", "recordedAt,asc").get("/api/v1/audit").then()
                .statusCode(200)
                .body("items.operation", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[0].change.plannedDisbursements[0].amount", decimal("100"))
                .body("items[0].change.implementers[0].type", equalTo("COMMUNE"))
                .body("items[1].change.plannedDisbursements.year", equalTo(List.of(2019, 2020)));
        // left out on a PUT: no plan, as a PUT replaces the whole project
        put(id, with(body, "plannedDisbursements", null)).statusCode(200).body("plannedDisbursements", equalTo(List.of()));
    }

    @Test
    void aPlanYearOutsideTheProjectsYearsIs422NamingIt() {
        assertRuleBroken(postProject(with(project(), "plannedDisbursements", List.of(plan(2019, "1"), plan(2021, "1")))))
                .body("errors.field", equalTo(List.of("plannedDisbursements[1].year")))
                .body("detail", containsString("2021 is outside the project's years 2019–2020"));
        assertRuleBroken(postProject(with(project(), "plannedDisbursements", List.of(plan(2018, "1")))));
        // without a start date the approval decision's year opens the project's years; without an end none closes them
        Map<String, Object> open = with(with(project(), "startDate", null), "endDate", null);
        create(with(open, "plannedDisbursements", List.of(plan(2019, "1"), plan(2030, "1"))));
        String id = create(project());
        assertRuleBroken(put(id, with(project(), "plannedDisbursements", List.of(plan(2021, "1")))));
    }

    @Test
    void aYearTwiceTwoOwnersANegativeAmountAndAnImplementerTwiceAre400() {
        assertInvalid(postProject(with(project(), "plannedDisbursements", List.of(plan(2019, "1"), plan(2019, "2")))),
                "plannedDisbursements[1]");
        assertInvalid(postProject(with(project(), "plannedDisbursements", List.of(plan(2019, "-1")))),
                "plannedDisbursements[0].amount");
        assertInvalid(postProject(with(project(), "implementers", List.of(owner("A", "DISTRICT"), owner("B", "COMMUNE")))),
                "implementers[1].role");
        assertInvalid(postProject(with(project(), "implementers",
                List.of(implementer("Trạm Y tế", "OTHER", "IMPLEMENTING"), implementer("TRAM Y TE", "OTHER", "IMPLEMENTING")))),
                "implementers[1]");
        assertInvalid(postProject(with(project(), "implementers", List.of(Map.of("name", "A", "type", "DISTRICT")))),
                "implementers[0].role");
        assertInvalid(postProject(with(project(), "implementers", List.of(implementer("A", "PROVINCE", "PROJECT_OWNER")))),
                "implementers[0].type");
        // a wrong JSON type is not coerced
        assertInvalid(postProject(with(project(), "plannedDisbursements", List.of(Map.of("year", "2019", "amount", 1)))),
                "plannedDisbursements[0].year");
    }

    @Test
    void theListFindsProjectsByAnImplementersNameIgnoringAccentsAndByTheOwnersType() {
        String mark = token();
        String owned = create(planned(project(), List.of(), List.of(
                with(owner("Trang Dinh District People's Committee " + mark, "DISTRICT"), "localName", "UBND huyện Tràng Định " + mark),
                implementer("Phòng Giáo dục huyện Tràng Định", "OTHER", "IMPLEMENTING"))));
        String other = create(planned(project(), List.of(), List.of(implementer("Hội Phụ nữ " + mark, "MASS_ORGANIZATION", "IMPLEMENTING"))));
        given().queryParam("implementer", "HUYEN TRANG DINH " + mark).get("/api/v1/projects").then().statusCode(200)
                .body("items.id", equalTo(List.of(owned)));
        given().queryParam("implementer", "hoi phu nu " + mark).get("/api/v1/projects").then().statusCode(200)
                .body("items.id", equalTo(List.of(other)));
        given().queryParam("implementer", mark).queryParam("ownerType", "DISTRICT").get("/api/v1/projects").then()
                .statusCode(200).body("items.id", equalTo(List.of(owned)));
        given().queryParam("implementer", mark).queryParam("ownerType", "COMMUNE").get("/api/v1/projects").then()
                .statusCode(200).body("items.id", not(hasItem(owned))).body("totalItems", equalTo(0));
        given().queryParam("ownerType", "PROVINCE").get("/api/v1/projects").then().statusCode(400);
    }
}
