package vn.ngoaid.aid.project;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ngoaid.aid.RegistryStub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.aid.Fixtures.api;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.donorOutsideRegistry;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.postProject;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.token;
import static vn.ngoaid.aid.Fixtures.with;

/** POST and GET of projects: the stored resource, and every rule a body can break. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProjectCreateTest {

    private static int storedWithCode(Object code) {
        return given().queryParam("q", code).get("/api/v1/projects").then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void createAnswers201WithLocationETagAndTheStoredProjectWithZeroTotals() {
        Map<String, Object> body = project();
        ExtractableResponse<Response> created = postProject(body).statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("code", equalTo(body.get("code")))
                .body("title", equalTo(body.get("title")))
                .body("localTitle", equalTo("Xây dựng trường học xã Bản Lang"))
                .body("donor.organizationId", nullValue())
                .body("donor.name", equalTo(((Map<?, ?>) body.get("donor")).get("name")))
                .body("donor.type", equalTo("EMBASSY"))
                .body("donor.countryCode", equalTo("CN"))
                .body("modality", equalTo("PROJECT"))
                .body("sectors", hasSize(1))
                .body("sectors[0].code", equalTo("11120"))
                .body("sectors[0].percentage", decimal("100"))
                .body("locations", hasSize(1))
                .body("locations[0].province", equalTo("12"))
                .body("locations[0].district", equalTo("Phong Thổ"))
                .body("locations[0].percentage", decimal("100"))
                .body("approvalLevel", equalTo("PROVINCIAL"))
                .body("approvalDecision.number", equalTo("512/QĐ-UBND"))
                .body("approvalDecision.date", equalTo("2019-04-22"))
                .body("approvalDecision.authority", equalTo("Ủy ban nhân dân tỉnh Lai Châu"))
                .body("startDate", equalTo("2019-05-01"))
                .body("endDate", equalTo("2020-08-31"))
                .body("status", equalTo("APPROVED"))
                .body("currency", equalTo("VND"))
                .body("totals.committed", decimal("0"))
                .body("totals.disbursed", decimal("0"))
                .body("totals.currency", equalTo("VND"))
                .body("totals.disbursementRate", nullValue())
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        UUID.fromString(id);
        String location = created.header("Location");
        assertThat(location, endsWith("/api/v1/projects/" + id));

        given().accept(ContentType.JSON).get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("code", equalTo(body.get("code")))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void registeredDonorIsStoredWithTheRegistrysNameTypeAndCountry() {
        UUID org = UUID.randomUUID();
        LocalDate approved = LocalDate.parse("2020-03-15");
        Map<String, Object> body = with(project("USD"), "donor",
                registeredDonor(org, "World Vision International", "US", "INGO", approved, "22", "20"));
        body = with(body, "locations", List.of(location("22", "Hạ Long", 60), location("20", null, 40)));
        body = with(body, "approvalDecision", decision(approved.toString()));
        postProject(body).statusCode(201)
                .body("donor.organizationId", equalTo(org.toString()))
                .body("donor.name", equalTo("World Vision International"))
                .body("donor.type", equalTo("INGO"))
                .body("donor.countryCode", equalTo("US"))
                .body("locations.province", equalTo(List.of("22", "20")))
                .body("locations[1].district", nullValue());
    }

    @Test
    void statusDefaultsToProposedWhichNeedsNoApprovalDecision() {
        Map<String, Object> body = with(with(project(), "status", null), "approvalDecision", null);
        postProject(body).statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("approvalDecision", nullValue());
    }

    @Test
    void domesticDonorWithoutCountryIsVietnamese() {
        Map<String, Object> donor = donorOutsideRegistry("Nhà hảo tâm " + token(), "DOMESTIC", null);
        donor.remove("countryCode");
        postProject(with(project(), "donor", donor)).statusCode(201)
                .body("donor.type", equalTo("DOMESTIC"))
                .body("donor.countryCode", equalTo("VN"));
    }

    @Test
    void percentagesLeftOutMeanAnEqualSplitShownAsNull() {
        Map<String, Object> body = with(project(), "sectors", List.of(sector("11120", null), sector("12220", null),
                sector("14030", null)));
        body = with(body, "locations", List.of(location("12", "Phong Thổ", null), location("12", "Sìn Hồ", null)));
        postProject(body).statusCode(201)
                .body("sectors.code", equalTo(List.of("11120", "12220", "14030")))
                .body("sectors[0].percentage", nullValue())
                .body("sectors[2].percentage", nullValue())
                .body("locations.district", equalTo(List.of("Phong Thổ", "Sìn Hồ")))
                .body("locations[1].percentage", nullValue());
    }

    @Test
    void fractionalPercentagesAddingUpTo100AreAccepted() {
        Map<String, Object> body = with(project(), "sectors", List.of(sector("11120", 33.3333), sector("12220", 33.3333),
                sector("14030", 33.3334)));
        postProject(body).statusCode(201).body("sectors[2].percentage", decimal("33.3334"));
    }

    @Test
    void getUnknownIdIs404Problem() {
        String id = UUID.randomUUID().toString();
        assertProblem(getProject(id), 404)
                .body("type", equalTo("urn:problem:ngo-aid:not-found"))
                .body("detail", containsString(id))
                .body("instance", equalTo("/api/v1/projects/" + id));
    }

    @Test
    void malformedIdIs400NamingIt() {
        given().accept(ContentType.JSON).get("/api/v1/projects/not-a-uuid").then()
                .statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void codeIsUniqueWhateverTheLetterCase() {
        Map<String, Object> body = project();
        String code = (String) body.get("code");
        create(body);
        assertProblem(postProject(with(project(), "code", code)), 409)
                .body("type", equalTo("urn:problem:ngo-aid:conflict"))
                .body("detail", containsString(code));
        assertProblem(postProject(with(project(), "code", code.toUpperCase())), 409);
        assertThat(storedWithCode(code), equalTo(1));
    }

    // ----- bad bodies: 400 naming the field

    static Stream<Arguments> badBodies() {
        return Stream.of(
                bad("sectors", "percentages summing to 99.5",
                        b -> with(b, "sectors", List.of(sector("11120", 50), sector("12220", 49.5)))),
                bad("sectors", "percentages summing to 100.5",
                        b -> with(b, "sectors", List.of(sector("11120", 50), sector("12220", 50.5)))),
                bad("locations", "location percentages summing to 90",
                        b -> with(b, "locations", List.of(location("12", "Phong Thổ", 60), location("12", "Sìn Hồ", 30)))),
                bad("sectors", "some percentages given, some not",
                        b -> with(b, "sectors", List.of(sector("11120", 100), sector("12220", null)))),
                bad("locations", "some location percentages given, some not",
                        b -> with(b, "locations", List.of(location("12", "Phong Thổ", null), location("12", "Sìn Hồ", 100)))),
                bad("sectors[1]", "a sector listed twice",
                        b -> with(b, "sectors", List.of(sector("11120", 50), sector("11120", 50)))),
                bad("locations[1]", "a location listed twice (district compared without accents)",
                        b -> with(b, "locations", List.of(location("12", "Phong Thổ", 50), location("12", "phong tho", 50)))),
                bad("sectors[0].code", "an unknown sector", b -> with(b, "sectors", List.of(sector("99999", 100)))),
                bad("sectors[0].percentage", "a percentage of 0", b -> with(b, "sectors", List.of(sector("11120", 0)))),
                bad("sectors[0].percentage", "a percentage over 100", b -> with(b, "sectors", List.of(sector("11120", 150)))),
                bad("locations[0].province", "an unknown province", b -> with(b, "locations", List.of(location("99", null, 100)))),
                bad("locations[0].province", "an old code not in force on a 2026 approval date",
                        b -> with(with(b, "locations", List.of(location("02", "Đồng Văn", 100))),
                                "approvalDecision", decision("2026-01-10"))),
                bad("locations[1].province", "an old code after the merger, next to a valid one",
                        b -> with(with(b, "locations", List.of(location("15", null, 50), location("10", null, 50))),
                                "approvalDecision", decision("2025-07-01"))),
                bad("currency", "an unknown currency", b -> with(b, "currency", "ZZZ")),
                bad("currency", "a lower-case currency", b -> with(b, "currency", "usd")),
                bad("donor.countryCode", "an unknown country", b -> with(b, "donor", donorOutsideRegistry("X " + token(), "EMBASSY", "XX"))),
                bad("modality", "an unknown modality", b -> with(b, "modality", "GRANT")),
                bad("status", "an unknown status", b -> with(b, "status", "FINISHED")),
                bad("approvalLevel", "an unknown approval level", b -> with(b, "approvalLevel", "DISTRICT")),
                bad("donor.type", "an unknown donor type", b -> with(b, "donor", donorOutsideRegistry("X " + token(), "CHURCH", "US"))),
                bad("code", "no code", b -> with(b, "code", null)),
                bad("code", "a blank code", b -> with(b, "code", "  ")),
                bad("code", "a code with spaces", b -> with(b, "code", "A B " + token())),
                bad("title", "no title", b -> with(b, "title", null)),
                bad("donor", "no donor", b -> with(b, "donor", null)),
                bad("modality", "no modality", b -> with(b, "modality", null)),
                bad("sectors", "no sectors", b -> with(b, "sectors", null)),
                bad("sectors", "empty sectors", b -> with(b, "sectors", List.of())),
                bad("locations", "no locations", b -> with(b, "locations", null)),
                bad("approvalLevel", "no approval level", b -> with(b, "approvalLevel", null)),
                bad("currency", "no currency", b -> with(b, "currency", null)),
                bad("endDate", "endDate before startDate", b -> with(b, "endDate", "2019-04-30")),
                bad("startDate", "a bad date", b -> with(b, "startDate", "2019-02-30")),
                bad("approvalDecision", "APPROVED without approval decision", b -> with(b, "approvalDecision", null)),
                bad("approvalDecision", "ONGOING without approval decision",
                        b -> with(with(b, "approvalDecision", null), "status", "ONGOING")),
                bad("approvalDecision.date", "an approval decision without date",
                        b -> with(b, "approvalDecision", Map.of("number", "1/QĐ"))),
                bad("donor.type", "a donor outside the registry without type",
                        b -> with(b, "donor", Map.of("name", "No type " + token(), "countryCode", "US"))),
                bad("donor.name", "a donor outside the registry without name",
                        b -> with(b, "donor", Map.of("type", "EMBASSY", "countryCode", "US"))),
                bad("budget", "an unknown JSON field", b -> with(b, "budget", 1000)),
                bad("donor.website", "an unknown field of the donor",
                        b -> with(b, "donor", Map.of("name", "W " + token(), "type", "OTHER", "website", "x"))),
                bad("sectors", "sectors as an object", b -> with(b, "sectors", Map.of("code", "11120"))),
                bad("title", "a number as title", b -> with(b, "title", 42)));
    }

    private static Arguments bad(String field, String what, UnaryOperator<Map<String, Object>> change) {
        return Arguments.of(field, what, change);
    }

    @ParameterizedTest(name = "{1} → 400 naming {0}")
    @MethodSource("badBodies")
    void badBodyIs400NamingTheFieldAndStoresNothing(String field, String what, UnaryOperator<Map<String, Object>> change) {
        Map<String, Object> body = change.apply(project());
        assertInvalid(postProject(body), field);
        if (body.get("code") instanceof String code && !code.isBlank()) {
            assertThat(storedWithCode(code), equalTo(0));
        }
    }

    @Test
    void severalInvalidFieldsAreAllListed() {
        Map<String, Object> body = with(project(), "endDate", "2019-01-01");
        body = with(body, "sectors", List.of(sector("11120", 40), sector("12220", 40)));
        body = with(body, "approvalDecision", null);
        assertInvalid(postProject(body), "endDate")
                .body("errors.field", org.hamcrest.Matchers.hasItems("endDate", "sectors", "approvalDecision"))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void percentageErrorSaysWhatTheyAddUpTo() {
        assertInvalid(postProject(with(project(), "sectors", List.of(sector("11120", 50), sector("12220", 49.5)))), "sectors")
                .body("errors[0].message", containsString("99.5"));
    }

    @Test
    void anOldProvinceCodeIsAcceptedWithAnApprovalDateBeforeTheMerger() {
        Map<String, Object> body = with(project(), "locations", List.of(location("02", "Đồng Văn", 100)));
        postProject(body).statusCode(201).body("locations[0].province", equalTo("02"));
    }

    @Test
    void aNewUnitCodeIsAcceptedAfterTheMerger() {
        Map<String, Object> body = with(project(), "locations", List.of(location("15", "Văn Bàn", 100)));
        body = with(body, "approvalDecision", decision("2026-01-10"));
        body = with(with(body, "startDate", "2026-02-01"), "endDate", "2027-12-31");
        postProject(body).statusCode(201).body("locations[0].province", equalTo("15"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"code\": \"broken\", ", "not json", "null", "[]"})
    void unreadableBodyIs400Problem(String raw) {
        assertProblem(api().body(raw).post("/api/v1/projects").then(), 400)
                .body("type", equalTo("urn:problem:ngo-aid:validation"));
    }

    @Test
    void missingBodyIs400() {
        assertProblem(api().post("/api/v1/projects").then(), 400);
    }
}
