package vn.ngoaid.aid.project;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ngoaid.aid.Fixtures;
import vn.ngoaid.aid.RegistryStub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.donorOutsideRegistry;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.token;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * GET /api/v1/projects: every filter, free-text search, paging and sorting. Each test's projects share a token in
 * their titles and every query also asks {@code q=<token>}, so other data never shows.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProjectListTest {

    private static ValidatableResponse list(Object... params) {
        var request = given().config(EXACT).accept(ContentType.JSON);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/projects").then();
    }

    /** The codes the filtered list answers for this token, in the answered order. */
    private static List<String> codes(String token, Object... params) {
        Object[] all = new Object[params.length + 2];
        all[0] = "q";
        all[1] = token;
        System.arraycopy(params, 0, all, 2, params.length);
        return list(all).statusCode(200).extract().path("items.code");
    }

    /** Three projects that differ in every filtered field; returns their codes A, B, C. */
    private static List<String> threeProjects(String token) {
        Map<String, Object> a = with(project(), "code", "A-" + token);
        a = with(a, "title", "Alpha " + token);
        a = with(a, "locations", List.of(location("22", "Hạ Long", 60), location("20", "Tràng Định", 40)));
        a = with(a, "sectors", List.of(sector("12220", 70), sector("13040", 30)));
        a = with(a, "modality", "PROGRAMME");
        a = with(a, "status", "ONGOING");
        a = with(a, "approvalLevel", "CENTRAL");
        a = with(a, "startDate", "2018-01-01");
        a = with(a, "endDate", "2019-12-31");
        a = with(a, "approvalDecision", decision("2017-12-01"));
        a = with(a, "donor", donorOutsideRegistry("Kiều bào Pháp " + token, "OVERSEAS_VIETNAMESE", "FR"));

        Map<String, Object> b = with(project(), "code", "B-" + token);
        b = with(b, "title", "Beta " + token);
        b = with(b, "locations", List.of(location("20", null, null)));
        b = with(b, "sectors", List.of(sector("11220", null)));
        b = with(b, "modality", "EMERGENCY_RELIEF");
        b = with(b, "status", "PROPOSED");
        b = with(b, "approvalDecision", null);
        b = with(b, "startDate", "2021-03-01");
        b = with(b, "endDate", null);
        b = with(b, "donor", donorOutsideRegistry("Embassy of Japan " + token, "EMBASSY", "JP"));

        Map<String, Object> c = with(project(), "code", "C-" + token);
        c = with(c, "title", "Gamma " + token);
        c = with(c, "startDate", "2019-05-01");
        c = with(c, "endDate", "2020-08-31");
        create(a);
        create(b);
        create(c);
        return List.of("A-" + token, "B-" + token, "C-" + token);
    }

    @Test
    void everyFilterKeepsOnlyTheMatchingProjects() {
        String t = token();
        List<String> abc = threeProjects(t);
        String a = abc.get(0);
        String b = abc.get(1);
        String c = abc.get(2);

        org.hamcrest.MatcherAssert.assertThat(codes(t), equalTo(List.of(a, b, c)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "province", "20"), equalTo(List.of(a, b)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "province", "22"), equalTo(List.of(a)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "province", "12"), equalTo(List.of(c)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "province", "01"), equalTo(List.of()));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "sector", "13040"), equalTo(List.of(a)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "sector", "11120"), equalTo(List.of(c)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "modality", "EMERGENCY_RELIEF"), equalTo(List.of(b)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "modality", "PROJECT"), equalTo(List.of(c)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "status", "ONGOING"), equalTo(List.of(a)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "status", "PROPOSED"), equalTo(List.of(b)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "status", "COMPLETED"), equalTo(List.of()));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "approvalLevel", "CENTRAL"), equalTo(List.of(a)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "approvalLevel", "PROVINCIAL"), equalTo(List.of(b, c)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "donorCountry", "FR"), equalTo(List.of(a)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "donorCountry", "JP"), equalTo(List.of(b)));
        // active in a year: from the start date (else the approval date) to the end date, open-ended without one
        org.hamcrest.MatcherAssert.assertThat(codes(t, "activeInYear", 2017), equalTo(List.of()));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "activeInYear", 2018), equalTo(List.of(a)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "activeInYear", 2019), equalTo(List.of(a, c)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "activeInYear", 2020), equalTo(List.of(c)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "activeInYear", 2021), equalTo(List.of(b)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "activeInYear", 2035), equalTo(List.of(b)));
        // filters combine with AND
        org.hamcrest.MatcherAssert.assertThat(codes(t, "province", "20", "status", "PROPOSED"), equalTo(List.of(b)));
        org.hamcrest.MatcherAssert.assertThat(codes(t, "province", "20", "sector", "11120"), equalTo(List.of()));
        // enum values in query parameters are read in any case
        org.hamcrest.MatcherAssert.assertThat(codes(t, "status", "ongoing"), equalTo(List.of(a)));
    }

    @Test
    void organizationIdKeepsTheProjectsOfThatRegisteredDonor() {
        UUID org = UUID.randomUUID();
        LocalDate on = LocalDate.parse("2019-04-22");
        Map<String, Object> donor = registeredDonor(org, "Room to Read", "US", "INGO", on, "12");
        String t = token();
        Map<String, Object> body = with(with(project(), "donor", donor), "title", "Room " + t);
        create(body);
        create(with(with(body, "code", "R2-" + t), "title", "Room two " + t));
        create(with(project(), "title", "Other donor " + t));

        list("organizationId", org).statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.donor.organizationId", equalTo(List.of(org.toString(), org.toString())))
                .body("items.donor.name", equalTo(List.of("Room to Read", "Room to Read")));
        list("organizationId", UUID.randomUUID()).statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void freeTextSearchIgnoresCaseAndAccents() {
        String t = token();
        String code = "BL-" + t;
        create(with(with(project(), "code", code), "title", "Trường học BẢN LANG " + t));
        list("q", "ban lang " + t).statusCode(200).body("totalItems", equalTo(1)).body("items[0].code", equalTo(code));
        list("q", "Bản Lang " + t.toUpperCase()).statusCode(200).body("items.code", equalTo(List.of(code)));
        // the code and the donor's name are searched too
        list("q", code.toLowerCase()).statusCode(200).body("items.code", equalTo(List.of(code)));
        list("q", "ban lang " + t + " qqq").statusCode(200).body("totalItems", equalTo(0));
        // LIKE wildcards are plain text
        list("q", "%" + t).statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void searchFindsTheDonorName() {
        String t = token();
        Map<String, Object> body = with(project(), "donor", donorOutsideRegistry("Quỹ phu nhân Đại sứ " + t, "OTHER", "JP"));
        String code = (String) body.get("code");
        create(body);
        list("q", "quy phu nhan dai su " + t).statusCode(200).body("items.code", equalTo(List.of(code)));
    }

    @Test
    void pagingEnvelopeAndSort() {
        String t = token();
        List<String> abc = threeProjects(t);
        list("q", t, "size", 2, "page", 0).statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.code", equalTo(abc.subList(0, 2)));
        list("q", t, "size", 2, "page", 1).statusCode(200)
                .body("page", equalTo(1))
                .body("totalItems", equalTo(3))
                .body("items.code", equalTo(abc.subList(2, 3)));
        list("q", t, "size", 2, "page", 5).statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items", hasSize(0));
        list("q", t, "sort", "code,desc").statusCode(200)
                .body("items.code", equalTo(List.of(abc.get(2), abc.get(1), abc.get(0))));
        list("q", t, "sort", "startDate,asc").statusCode(200)
                .body("items.code", equalTo(List.of(abc.get(0), abc.get(2), abc.get(1))));
        list("q", t, "sort", "title").statusCode(200)
                .body("items.title", equalTo(List.of("Alpha " + t, "Beta " + t, "Gamma " + t)));
        list("q", t).statusCode(200).body("size", equalTo(20)).body("page", equalTo(0)).body("totalPages", equalTo(1));
        list("q", t, "size", 200).statusCode(200).body("size", equalTo(200));
    }

    /** A page that is full is counted; the count of a filter is kept only until a project changes (ProjectCounts). */
    @Test
    void theCountFollowsEveryWriteOfAProject() {
        String t = token();
        Map<String, Object> inHaLong = with(with(project(), "title", "Count " + t),
                "locations", List.of(location("22", "Hạ Long", null)));
        create(with(inHaLong, "code", "C1-" + t));
        Map<String, Object> second = with(inHaLong, "code", "C2-" + t);
        String secondId = create(second);
        list("q", t, "province", "22", "size", 1).statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(2));
        create(with(inHaLong, "code", "C3-" + t));
        list("q", t, "province", "22", "size", 1).statusCode(200).body("totalItems", equalTo(3));
        // only a location changes: the project moves out of the province
        Fixtures.put(secondId, with(second, "locations", List.of(location("20", null, null)))).statusCode(200);
        list("q", t, "province", "22", "size", 1).statusCode(200).body("totalItems", equalTo(2));
        list("q", t, "province", "20", "size", 1).statusCode(200).body("totalItems", equalTo(1)).body("totalPages", equalTo(1));
    }

    @ParameterizedTest(name = "{0}={1} → 400")
    @CsvSource({
            "size, 201",
            "size, 0",
            "page, -1",
            "page, x",
            "sort, budget",
            "sort, 'code,up'",
            "province, 99",
            "sector, 1",
            "modality, GRANT",
            "status, FINISHED",
            "approvalLevel, DISTRICT",
            "activeInYear, 1800",
            "activeInYear, soon",
            "donorCountry, XX",
            "organizationId, not-a-uuid"})
    void badQueryParameterIs400NamingIt(String parameter, String value) {
        assertInvalid(list(parameter, value), parameter);
    }

    @Test
    void listItemsCarryTheirRunningTotals() {
        String t = token();
        Map<String, Object> body = with(project(), "title", "Totals " + t);
        String id = create(body);
        money(id, "COMMITMENT", "2019-05-10", "2900000000", null);
        money(id, "DISBURSEMENT", "2019-08-10", "1000000000", null);
        create(with(project(), "title", "No money " + t));
        list("q", t, "sort", "title,desc").statusCode(200)
                .body("items.title", containsInAnyOrder("Totals " + t, "No money " + t))
                .body("items[0].id", equalTo(id))
                .body("items[0].totals.committed", decimal("2900000000"))
                .body("items[0].totals.disbursed", decimal("1000000000"))
                .body("items[0].totals.currency", equalTo("VND"))
                .body("items[0].totals.disbursementRate", decimal("0.3448"))
                .body("items[1].totals.committed", decimal("0"))
                .body("items[1].totals.disbursementRate", org.hamcrest.Matchers.nullValue());
        // the same figures as the project itself
        vn.ngoaid.aid.Fixtures.getProject(id).statusCode(200)
                .body("totals.committed", decimal("2900000000"))
                .body("totals.disbursementRate", decimal("0.3448"));
    }
}
