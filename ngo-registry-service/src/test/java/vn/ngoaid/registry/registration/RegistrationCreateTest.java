package vn.ngoaid.registry.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.certificateNumber;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.operation;
import static vn.ngoaid.registry.Fixtures.postRegistration;
import static vn.ngoaid.registry.Fixtures.today;

/** POST /organizations/{id}/registrations, GET /registrations/{id} and GET /organizations/{id}/registrations. */
@QuarkusTest
class RegistrationCreateTest {

    @Test
    void createAnswers201WithLocationETagAndStoredResource() {
        String org = createOrganization();
        LocalDate from = today().minusMonths(6);
        LocalDate until = from.plusYears(2);
        Map<String, Object> body = operation(from, until, "22", "20", "22");
        body.put("sectors", List.of("12220", "11220"));
        body.put("issuedOn", from.minusDays(10).toString());
        String certificate = (String) body.get("certificateNumber");

        ExtractableResponse<Response> created = postRegistration(org, body)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("organizationId", equalTo(org))
                .body("kind", equalTo("OPERATION"))
                .body("certificateNumber", equalTo(certificate))
                .body("issuedBy", equalTo("Committee for Foreign NGO Affairs (COMINGO)"))
                .body("issuedOn", equalTo(from.minusDays(10).toString()))
                .body("validFrom", equalTo(from.toString()))
                .body("validUntil", equalTo(until.toString()))
                .body("provinces", equalTo(List.of("22", "20")))
                .body("sectors", equalTo(List.of("12220", "11220")))
                .body("status", equalTo("ACTIVE"))
                .body("history", hasSize(1))
                .body("history[0].status", equalTo("ACTIVE"))
                .body("history[0].effectiveOn", equalTo(from.toString()))
                .body("history[0].recordedAt", notNullValue())
                .extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/registrations/" + id), location);

        given().accept(ContentType.JSON).get(location).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("certificateNumber", equalTo(certificate))
                .body("history", hasSize(1))
                .body("history[0].status", equalTo("ACTIVE"));

        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}/registrations", org).then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void issuedByDefaultsToTheCommittee() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        body.remove("issuedBy");
        postRegistration(org, body).statusCode(201)
                .body("issuedBy", equalTo("Committee for Foreign NGO Affairs (COMINGO)"))
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void unknownOrganizationIs404() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(postRegistration(unknown, operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), "20")), 404)
                .body("detail", containsString(unknown));
        assertProblem(given().accept(ContentType.JSON).get("/api/v1/organizations/{id}/registrations", unknown).then(), 404);
    }

    @Test
    void unknownRegistrationIs404() {
        assertProblem(given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", UUID.randomUUID()).then(), 404)
                .body("type", equalTo("urn:problem:ngo-aid:not-found"));
    }

    @Test
    void duplicateCertificateNumberIs409WhateverTheLetterCase() {
        String org = createOrganization();
        String other = createOrganization();
        String number = "t-" + UUID.randomUUID().toString().substring(0, 13) + "/bng-ab";
        createRegistration(org, numbered(number, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20"));

        Map<String, Object> same = numbered(number, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "22");
        assertProblem(postRegistration(org, same), 409).body("type", equalTo("urn:problem:ngo-aid:conflict"));

        same.put("certificateNumber", number.toUpperCase());
        assertProblem(postRegistration(other, same), 409);

        same.put("certificateNumber", "  " + number + " ");
        assertProblem(postRegistration(other, same), 409);
    }

    @Test
    void duplicateCertificateNumberWithVietnameseLettersIs409WhateverTheLetterCase() {
        String org = createOrganization();
        String number = "đ-" + UUID.randomUUID().toString().substring(0, 13) + "/bng-gđ";
        createRegistration(org, numbered(number, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20"));

        assertProblem(postRegistration(org, numbered(number.toUpperCase(), LocalDate.of(2019, 1, 1),
                LocalDate.of(2020, 12, 31), "20")), 409);
    }

    /** An operation registration with this certificate number. */
    private static Map<String, Object> numbered(String number, LocalDate validFrom, LocalDate validUntil, String province) {
        Map<String, Object> body = operation(validFrom, validUntil, province);
        body.put("certificateNumber", number);
        return body;
    }

    // ----- validation

    @ParameterizedTest(name = "valid {0} to {1}, issued {2}: {3} is out of order")
    @CsvSource({"2020-06-01, 2020-05-31, 2020-05-01, validUntil", "2020-06-01, 2021-05-31, 2021-06-01, issuedOn"})
    void datesOutOfOrderAre400NamingTheField(LocalDate validFrom, LocalDate validUntil, String issuedOn, String field) {
        String org = createOrganization();
        Map<String, Object> body = operation(validFrom, validUntil, "20");
        body.put("issuedOn", issuedOn);
        assertInvalid(postRegistration(org, body), field);
    }

    @Test
    void oneDayRegistrationIsAccepted() {
        String org = createOrganization();
        postRegistration(org, operation(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 1), "20")).statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "00", "2", "020", "XX", ""})
    void unknownProvinceCodeIs400(String code) {
        String org = createOrganization();
        assertInvalid(postRegistration(org, operation(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "20", code)),
                "provinces[1]");
    }

    @Test
    void noProvinceIs400() {
        String org = createOrganization();
        assertInvalid(postRegistration(org, operation(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))), "provinces");
        Map<String, Object> body = operation(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "20");
        body.remove("provinces");
        assertInvalid(postRegistration(org, body), "provinces");
    }

    @Test
    void missingRequiredFieldsAre400() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "20");
        body.remove("kind");
        body.remove("issuedOn");
        body.remove("validFrom");
        body.remove("validUntil");
        body.put("certificateNumber", " ");
        assertInvalid(postRegistration(org, body), "kind")
                .body("errors.field", hasItems(
                        "kind", "certificateNumber", "issuedOn", "validFrom", "validUntil"));
    }

    static Stream<Arguments> fieldsBreakingTheirFormat() {
        return Stream.of(
                Arguments.of("sectors", List.of("1222"), "sectors[0]"),
                Arguments.of("kind", "BRANCH", "kind"),
                Arguments.of("certificateNumber", "X".repeat(101), "certificateNumber"),
                Arguments.of("approvedBy", "someone", "approvedBy"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("fieldsBreakingTheirFormat")
    void aFieldBreakingItsFormatIs400NamingIt(String field, Object value, String reportedField) {
        Map<String, Object> body = operation(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "20");
        body.put(field, value);
        assertInvalid(postRegistration(createOrganization(), body), reportedField);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-30", "01/06/2020", "2020-6-1", "yesterday"})
    void badDateIs400(String date) {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "20");
        body.put("validFrom", date);
        assertInvalid(postRegistration(org, body), "validFrom");
    }

    @Test
    void malformedJsonIs400() {
        String org = createOrganization();
        assertProblem(api().body("{\"kind\": \"OPERATION\"").post("/api/v1/organizations/{id}/registrations", org).then(), 400);
    }

    // ----- provinces and the 2025 merger

    @Test
    void oldProvinceCodeIsRefusedForARegistrationStartingAfterTheMerger() {
        String org = createOrganization();
        // Hà Giang (02) merged into Tuyên Quang (08) on 2025-07-01
        assertProblem(postRegistration(org, operation(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), "02")), 422)
                .body("type", equalTo("urn:problem:ngo-aid:domain-rule"))
                .body("detail", containsString("08"));
        assertProblem(postRegistration(org, operation(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "08", "02")), 422);
        // the successor code is fine
        postRegistration(org, operation(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), "08")).statusCode(201);
    }

    @Test
    void oldProvinceCodeIsAcceptedForARegistrationStartingBeforeTheMerger() {
        String org = createOrganization();
        postRegistration(org, operation(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 6, 30), "02"))
                .statusCode(201).body("provinces", equalTo(List.of("02")));
    }

    @Test
    void organizationRegistrationsArePagedAndSorted() {
        String org = createOrganization();
        String r2019 = createRegistration(org, operation(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "20"));
        String r2021 = createRegistration(org, operation(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "20"));
        String r2020 = createRegistration(org, operation(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "20"));
        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}/registrations", org).then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", equalTo(List.of(r2021, r2020, r2019)));
        given().accept(ContentType.JSON).queryParam("sort", "validFrom,asc").queryParam("size", 2)
                .get("/api/v1/organizations/{id}/registrations", org).then()
                .body("totalPages", equalTo(2))
                .body("items.id", equalTo(List.of(r2019, r2020)));
        assertInvalid(given().accept(ContentType.JSON).queryParam("sort", "status")
                .get("/api/v1/organizations/{id}/registrations", org).then(), "sort");
        assertInvalid(given().accept(ContentType.JSON).queryParam("size", 0)
                .get("/api/v1/organizations/{id}/registrations", org).then(), "size");
    }
}
