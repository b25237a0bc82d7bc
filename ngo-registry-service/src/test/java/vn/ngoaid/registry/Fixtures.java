package vn.ngoaid.registry;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.ngoaid.common.testing.ApiFixtures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test data made through the public API. Every name, certificate number and Idempotency-Key carries a random part,
 * so tests never see each other's data, in any order and on a second run against the same database.
 */
public final class Fixtures extends ApiFixtures {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Fixtures() {
    }

    /** Today in Vietnam, as the service reckons it. */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** A unique organization name, e.g. {@code "Test Org zq3f9a0c1b"}. */
    public static String uniqueName(String prefix) {
        return prefix + " " + token();
    }

    public static String certificateNumber() {
        return "T-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase() + "/BNG-GĐ";
    }

    /** A request that sends and accepts JSON. */
    public static RequestSpecification api() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    // ----- organizations

    /** A complete, valid organization body: an INGO from Germany working on basic health care. */
    public static Map<String, Object> organization(String name) {
        return fields("name", name, "localName", "Tổ chức thử nghiệm", "acronym", "TST", "countryCode", "DE",
                "type", "INGO", "headquarters", "Osnabrück", "website", "https://www.example.org",
                "email", "info@example.org", "sectors", List.of("12220"), "status", "ACTIVE");
    }

    public static Map<String, Object> organization(String name, String countryCode, String type) {
        Map<String, Object> body = organization(name);
        body.put("countryCode", countryCode);
        body.put("type", type);
        return body;
    }

    public static ValidatableResponse postOrganization(Map<String, Object> body) {
        return api().body(json(body)).post("/api/v1/organizations").then();
    }

    /** Creates the organization and returns its id. */
    public static String createOrganization(Map<String, Object> body) {
        return postOrganization(body).statusCode(201).extract().path("id");
    }

    /** Creates a German INGO with a unique name and returns its id. */
    public static String createOrganization() {
        return createOrganization(organization(uniqueName("Test INGO")));
    }

    public static String createOrganization(String countryCode, String type) {
        return createOrganization(organization(uniqueName("Test " + type), countryCode, type));
    }

    // ----- registrations

    /** A valid registration body with a unique certificate number. */
    public static Map<String, Object> registration(String kind, LocalDate validFrom, LocalDate validUntil, String... provinces) {
        return fields("kind", kind, "certificateNumber", certificateNumber(),
                "issuedBy", "Committee for Foreign NGO Affairs (COMINGO)", "issuedOn", validFrom.toString(),
                "validFrom", validFrom.toString(), "validUntil", validUntil.toString(),
                "provinces", new ArrayList<>(Arrays.asList(provinces)), "sectors", List.of("12220"));
    }

    public static Map<String, Object> operation(LocalDate validFrom, LocalDate validUntil, String... provinces) {
        return registration("OPERATION", validFrom, validUntil, provinces);
    }

    public static ValidatableResponse postRegistration(String organizationId, Map<String, Object> body) {
        return api().body(json(body)).post("/api/v1/organizations/{id}/registrations", organizationId).then();
    }

    /** Records the registration and returns its id. */
    public static String createRegistration(String organizationId, Map<String, Object> body) {
        return postRegistration(organizationId, body).statusCode(201).extract().path("id");
    }

    public static String createOperation(String organizationId, LocalDate validFrom, LocalDate validUntil, String... provinces) {
        return createRegistration(organizationId, operation(validFrom, validUntil, provinces));
    }

    public static Map<String, Object> statusChange(String status, LocalDate effectiveOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("reason", "Decision of the test " + token());
        if (effectiveOn != null) {
            body.put("effectiveOn", effectiveOn.toString());
        }
        return body;
    }

    public static ValidatableResponse postStatusChange(String registrationId, Map<String, Object> body) {
        return api().body(json(body)).post("/api/v1/registrations/{id}/status-changes", registrationId).then();
    }

    /** Changes the status (expecting 200). */
    public static ValidatableResponse changeStatus(String registrationId, String status, LocalDate effectiveOn) {
        return postStatusChange(registrationId, statusChange(status, effectiveOn)).statusCode(200);
    }

    // ----- eligibility

    public static ValidatableResponse eligibility(String organizationId, String province, LocalDate on) {
        return given().accept(ContentType.JSON)
                .queryParam("province", province).queryParam("on", on.toString())
                .get("/api/v1/organizations/{id}/eligibility", organizationId).then();
    }

    // ----- annual reports

    /** One province's line of an annual report: committed and disbursed in one currency, and a number of projects. */
    public static Map<String, Object> reportLine(String province, String committed, String disbursed, String currency, int projects) {
        return fields("province", province, "committed", fields("amount", new java.math.BigDecimal(committed), "currency", currency),
                "disbursed", fields("amount", new java.math.BigDecimal(disbursed), "currency", currency), "projects", projects);
    }

    /** A report of the year submitted that day, with these lines. */
    @SafeVarargs
    public static Map<String, Object> annualReport(int year, LocalDate submittedOn, Map<String, Object>... lines) {
        return fields("year", year, "submittedOn", submittedOn.toString(), "provinces", new ArrayList<>(Arrays.asList(lines)),
                "note", "Report " + token());
    }

    public static ValidatableResponse postAnnualReport(String organizationId, Map<String, Object> body) {
        return api().body(json(body)).post("/api/v1/organizations/{id}/annual-reports", organizationId).then();
    }

    /** Records the report and returns its id. */
    public static String createAnnualReport(String organizationId, Map<String, Object> body) {
        return postAnnualReport(organizationId, body).log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
