package vn.ngoaid.registry.security;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ngoaid.devtoken.DevTokens;
import vn.ngoaid.registry.Fixtures;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ngoaid.registry.Fixtures.PROBLEM_JSON;

/**
 * Who may do what in the registry: registry officers keep it, every signed-in role reads it, statistics and
 * reference data are public. Every refused write changes nothing and leaves no audit entry.
 */
@QuarkusTest
class RegistrySecurityTest {

    private static final LocalDate FROM = LocalDate.parse("2021-01-01");

    static String bearer(String role, String province) {
        return "Bearer " + DevTokens.issue(role + "-" + Fixtures.token(), List.of(role), province, Duration.ofMinutes(10));
    }

    /** role, province claim, expected status of each write, of each read. */
    static Stream<org.junit.jupiter.params.provider.Arguments> roles() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("registry-officer", null, 201, 200),
                org.junit.jupiter.params.provider.Arguments.of("coordinator", null, 403, 200),
                org.junit.jupiter.params.provider.Arguments.of("province-officer", "20", 403, 200),
                org.junit.jupiter.params.provider.Arguments.of("viewer", null, 403, 200),
                org.junit.jupiter.params.provider.Arguments.of("anonymous", null, 401, 401));
    }

    private static String authorization(String role, String province) {
        return role.equals("anonymous") ? "" : bearer(role, province);
    }

    @ParameterizedTest(name = "{0}: writes {2}, reads {3}")
    @MethodSource("roles")
    void organizationsAndRegistrations(String role, String province, int write, int read) {
        String auth = authorization(role, province);
        String organization = Fixtures.createOrganization();
        String registration = Fixtures.createOperation(organization, FROM, FROM.plusYears(2).minusDays(1), "20");
        int auditBefore = auditEntries(organization) + auditEntries(registration);

        Map<String, Object> newOrganization = Fixtures.organization(Fixtures.uniqueName("Security Org"));
        String created = given().header("Authorization", auth).contentType(ContentType.JSON).body(newOrganization)
                .post("/api/v1/organizations").then().statusCode(write).extract().path("id");
        if (write != 201) {
            given().queryParam("q", newOrganization.get("name")).get("/api/v1/organizations").then().body("totalItems", equalTo(0));
        } else {
            given().get("/api/v1/organizations/" + created).then().body("createdBy", containsString(role));
        }

        var current = given().get("/api/v1/organizations/" + organization).then().extract();
        Map<String, Object> renamed = Fixtures.organization(Fixtures.uniqueName("Renamed Org"));
        given().header("Authorization", auth).header("If-Match", current.header("ETag")).contentType(ContentType.JSON)
                .body(renamed).put("/api/v1/organizations/" + organization).then().statusCode(write == 201 ? 200 : write);

        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Fixtures.operation(FROM, FROM.plusYears(1), "22"))
                .post("/api/v1/organizations/" + organization + "/registrations").then().statusCode(write);
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Fixtures.statusChange("SUSPENDED", FROM.plusMonths(1)))
                .post("/api/v1/registrations/" + registration + "/status-changes").then().statusCode(write == 201 ? 200 : write);

        if (write != 201) {
            given().get("/api/v1/organizations/" + organization).then()
                    .header("ETag", equalTo(current.header("ETag"))).body("name", equalTo(current.path("name")));
            given().get("/api/v1/organizations/" + organization + "/registrations").then().body("totalItems", equalTo(1));
            given().get("/api/v1/registrations/" + registration).then().body("history", hasSize(1));
            org.hamcrest.MatcherAssert.assertThat(auditEntries(organization) + auditEntries(registration), equalTo(auditBefore));
        }

        given().header("Authorization", auth).get("/api/v1/organizations/" + organization).then().statusCode(read);
        given().header("Authorization", auth).get("/api/v1/registrations?organizationId=" + organization).then().statusCode(read);
        given().header("Authorization", auth).queryParam("province", "20").queryParam("on", FROM.plusDays(3).toString())
                .get("/api/v1/organizations/" + organization + "/eligibility").then().statusCode(read);
        given().header("Authorization", auth).get("/api/v1/statistics/registrations?groupBy=province").then().statusCode(200);
        given().header("Authorization", auth).get("/api/v1/reference/provinces?q=lang son").then().statusCode(200);
        given().header("Authorization", auth).get("/api/v1/audit?size=1")
                .then().statusCode(role.equals("coordinator") ? 200 : role.equals("anonymous") ? 401 : 403);
    }

    private static int auditEntries(String entityId) {
        return given().queryParam("entityId", entityId).get("/api/v1/audit").then().statusCode(200)
                .extract().path("totalItems");
    }

    @Test
    void theAuditTrailRecordsEachWriteUnderItsSubject() {
        String subject = "registry-officer-" + Fixtures.token();
        String auth = "Bearer " + DevTokens.issue(subject, List.of("registry-officer"), null, Duration.ofMinutes(10));
        String organization = given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Fixtures.organization(Fixtures.uniqueName("Audited Org"))).post("/api/v1/organizations")
                .then().statusCode(201).body("createdBy", equalTo(subject)).extract().path("id");
        String registration = given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Fixtures.operation(FROM, FROM.plusYears(1), "20"))
                .post("/api/v1/organizations/" + organization + "/registrations").then().statusCode(201).extract().path("id");
        given().header("Authorization", auth).contentType(ContentType.JSON).body(Fixtures.statusChange("SUSPENDED", FROM.plusDays(10)))
                .post("/api/v1/registrations/" + registration + "/status-changes").then().statusCode(200)
                .body("history[1].recordedBy", equalTo(subject));

        given().queryParam("subject", subject).queryParam("sort", "recordedAt,asc").get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.entityType", equalTo(List.of("organization", "registration", "registration")))
                .body("items.operation", equalTo(List.of("CREATE", "CREATE", "STATUS_CHANGE")))
                .body("items[0].entityId", equalTo(organization))
                .body("items[2].change.history[1].status", equalTo("SUSPENDED"))
                .body("items[0].roles", equalTo(List.of("registry-officer")));
    }

    @Test
    void anIdempotencyKeyBelongsToItsCaller() {
        Map<String, Object> body = Fixtures.organization(Fixtures.uniqueName("Keyed Org"));
        String key = "shared-key-" + Fixtures.token();
        given().header("Authorization", bearer("registry-officer", null)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/organizations").then().statusCode(201);

        given().header("Authorization", bearer("viewer", null)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/organizations").then().statusCode(403);
        given().header("Authorization", bearer("registry-officer", null)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/organizations").then().statusCode(409)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theAuditTrailCannotBeChanged() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/audit").then().statusCode(405);
        given().delete("/api/v1/audit").then().statusCode(405);
    }

    // --- tokens that must be refused

    private static ValidatableResponse postOrganizationWith(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Fixtures.organization(Fixtures.uniqueName("Token Org"))).post("/api/v1/organizations").then();
    }

    private static void assertUnauthenticated(String token) {
        postOrganizationWith(token).statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401));
    }

    private static String signed(Map<String, Object> claims) {
        return DevTokens.sign(claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"exp in the past", "nbf in the future", "wrong issuer", "wrong audience"})
    void aTokenWithAClaimThatDoesNotHoldIs401(String what) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>(DevTokens.claims("x-" + Fixtures.token(), List.of("registry-officer")));
        long now = Instant.now().getEpochSecond();
        switch (what) {
            case "exp in the past" -> {
                claims.put("iat", now - 7200);
                claims.put("exp", now - 3600);
            }
            case "nbf in the future" -> claims.put("nbf", now + 3600);
            case "wrong issuer" -> claims.put("iss", "https://evil.example/realms/ngo-aid");
            default -> claims.put("aud", "another-audience");
        }
        assertUnauthenticated(signed(claims));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var other = keys.generateKeyPair();
        String unsigned = DevTokens.encode(Map.of("alg", "RS256", "typ", "JWT")) + "."
                + DevTokens.encode(DevTokens.claims("x", List.of("registry-officer")));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(other.getPrivate());
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        assertUnauthenticated(unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    @Test
    void aTamperedTokenIs401() {
        String token = DevTokens.issue("x", List.of("viewer"), null, Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        String promoted = DevTokens.encode(DevTokens.claims("x", List.of("registry-officer")));
        assertUnauthenticated(parts[0] + "." + promoted + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenIs401() {
        assertUnauthenticated(DevTokens.encode(Map.of("alg", "none", "typ", "JWT")) + "."
                + DevTokens.encode(DevTokens.claims("x", List.of("registry-officer"))) + ".");
    }

    @Test
    void garbageIs401() {
        assertUnauthenticated("not-a-token");
    }

    @Test
    void noTokenIs401ButPublicFiguresNeedNone() {
        given().header("Authorization", "").contentType(ContentType.JSON)
                .body(Fixtures.organization(Fixtures.uniqueName("Anonymous Org"))).post("/api/v1/organizations")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().header("Authorization", "").get("/api/v1/statistics/registrations?groupBy=province").then().statusCode(200);
        given().header("Authorization", "").get("/q/health/ready").then().statusCode(200);
        given().header("Authorization", "").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentStatesTheBearerScheme() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("paths.'/api/v1/organizations'.post.responses.'401'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/organizations'.post.responses.'403'", org.hamcrest.Matchers.notNullValue());
    }
}
