package vn.ngoaid.aid.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ngoaid.aid.Fixtures;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.devtoken.DevTokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.PROBLEM_JSON;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.transactionBody;
import static vn.ngoaid.aid.Fixtures.transactionCount;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * Who may do what in the aid project service, role × operation × province: coordinators write anywhere and alone
 * write exchange rates; a province officer writes projects and their money only where every province of the project
 * is its own, before and after a PUT; viewers and registry officers read; aggregates are public. Every refused write
 * changes nothing and leaves no audit entry. The fixtures' project lies in province 12 (Lai Châu).
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AidSecurityTest {

    /** A rate no other test uses: the rate cells set it to {@link #RATE_BEFORE} and try to change it. */
    private static final String RATE_PATH = "/api/v1/exchange-rates/2000/THB";
    private static final String RATE_BEFORE = "31.5";

    /** Who calls: a role (null: no token) and the token's province claim. */
    record Who(String label, String role, String province) {
        String subject() {
            return (role == null ? "anonymous" : role) + "-" + (province == null ? "" : province + "-") + Fixtures.token();
        }

        /** The Authorization header of a fresh token with a unique subject; empty (no token) for anonymous. */
        String authorization(String subject) {
            return role == null ? "" : "Bearer " + DevTokens.issue(subject, List.of(role), province, Duration.ofMinutes(10));
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum Operation {
        POST_PROJECT_IN_12("POST project in 12"),
        PUT_PROJECT_12_TO_12("PUT project 12 → 12"),
        PUT_PROJECT_12_TO_22("PUT project 12 → 22"),
        POST_TRANSACTION("POST transaction"),
        PUT_EXCHANGE_RATE("PUT exchange rate"),
        GET_PROJECT("GET project"),
        GET_PROJECTS("GET projects"),
        GET_AGGREGATES("GET aggregates"),
        GET_AUDIT("GET audit");

        private final String label;

        Operation(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Who COORDINATOR = new Who("coordinator", "coordinator", null);
    private static final Who OFFICER_12 = new Who("province-officer of 12", "province-officer", "12");
    private static final Who OFFICER_20 = new Who("province-officer of 20", "province-officer", "20");
    private static final Who OFFICER_NO_PROVINCE = new Who("province-officer without province", "province-officer", null);
    private static final Who VIEWER = new Who("viewer", "viewer", null);
    private static final Who REGISTRY_OFFICER = new Who("registry-officer", "registry-officer", null);
    private static final Who ANONYMOUS = new Who("anonymous", null, null);

    /**
     * The table: per caller, the status of each {@link Operation} in declaration order (POST project in 12, PUT 12→12,
     * PUT 12→22, POST transaction, PUT rate, GET project, GET projects, GET aggregates, GET audit).
     */
    private static final Map<Who, int[]> TABLE = new java.util.LinkedHashMap<>();

    static {
        TABLE.put(COORDINATOR, new int[]{201, 200, 200, 201, 200, 200, 200, 200, 200});
        TABLE.put(OFFICER_12, new int[]{201, 200, 403, 201, 403, 200, 200, 200, 403});
        TABLE.put(OFFICER_20, new int[]{403, 403, 403, 403, 403, 200, 200, 200, 403});
        TABLE.put(OFFICER_NO_PROVINCE, new int[]{403, 403, 403, 403, 403, 200, 200, 200, 403});
        TABLE.put(VIEWER, new int[]{403, 403, 403, 403, 403, 200, 200, 200, 403});
        TABLE.put(REGISTRY_OFFICER, new int[]{403, 403, 403, 403, 403, 200, 200, 200, 403});
        TABLE.put(ANONYMOUS, new int[]{401, 401, 401, 401, 401, 401, 401, 200, 401});
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        TABLE.forEach((who, statuses) -> {
            Operation[] operations = Operation.values();
            if (statuses.length != operations.length) {
                throw new IllegalStateException("row " + who + " has " + statuses.length + " cells");
            }
            for (int i = 0; i < operations.length; i++) {
                cells.add(Arguments.of(who, operations[i], statuses[i]));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("cells")
    void roleOperationProvince(Who who, Operation operation, int expected) {
        String subject = who.subject();
        String auth = who.authorization(subject);
        switch (operation) {
            case POST_PROJECT_IN_12 -> postProject(auth, subject, expected);
            case PUT_PROJECT_12_TO_12 -> putProject(auth, subject, "12", expected);
            case PUT_PROJECT_12_TO_22 -> putProject(auth, subject, "22", expected);
            case POST_TRANSACTION -> postTransaction(auth, subject, expected);
            case PUT_EXCHANGE_RATE -> putRate(auth, expected);
            case GET_PROJECT -> read(as(auth).get("/api/v1/projects/" + create(project())), expected);
            case GET_PROJECTS -> read(as(auth).queryParam("size", 1).get("/api/v1/projects"), expected);
            case GET_AGGREGATES -> read(aggregates(auth), expected);
            case GET_AUDIT -> read(as(auth).queryParam("size", 1).get("/api/v1/audit"), expected);
        }
        if (expected >= 400 && who.role() != null) {
            assertThat("a refused caller has no audit entry", auditEntriesOf(subject), is(0));
        }
    }

    private static void postProject(String auth, String subject, int expected) {
        Map<String, Object> body = project();
        ValidatableResponse answer = as(auth).config(EXACT).contentType(ContentType.JSON)
                .body(body).post("/api/v1/projects").then();
        assertStatus(answer, expected);
        if (expected == 201) {
            String id = answer.body("createdBy", is(subject)).body("updatedBy", is(subject)).extract().path("id");
            assertThat(auditEntries("project", id), is(1));
        } else {
            given().queryParam("q", body.get("code")).get("/api/v1/projects").then().statusCode(200)
                    .body("totalItems", is(0));
        }
    }

    private static void putProject(String auth, String subject, String toProvince, int expected) {
        Map<String, Object> body = project();
        String id = create(body);
        ExtractableResponse<Response> before = getProject(id).statusCode(200).extract();
        int auditBefore = auditEntries("project", id);
        Map<String, Object> changed = with(with(body, "title", "Renamed " + Fixtures.token()),
                "locations", List.of(Map.of("province", toProvince, "district", "Somewhere")));
        ValidatableResponse answer = as(auth).config(EXACT).header("If-Match", before.header("ETag"))
                .contentType(ContentType.JSON).body(changed).put("/api/v1/projects/" + id).then();
        assertStatus(answer, expected);
        if (expected == 200) {
            answer.body("title", is(changed.get("title"))).body("locations[0].province", is(toProvince))
                    .body("createdBy", is("test-suite")).body("updatedBy", is(subject));
            assertThat(auditEntries("project", id), is(auditBefore + 1));
        } else {
            getProject(id).statusCode(200)
                    .header("ETag", is(before.header("ETag")))
                    .body("version", is((Object) before.path("version")))
                    .body("title", is(body.get("title")))
                    .body("locations[0].province", is("12"))
                    .body("updatedBy", is("test-suite"));
            assertThat(auditEntries("project", id), is(auditBefore));
        }
    }

    private static void postTransaction(String auth, String subject, int expected) {
        String id = create(project());
        ValidatableResponse answer = as(auth).config(EXACT).contentType(ContentType.JSON)
                .body(transactionBody("COMMITMENT", "2019-06-01", "1000000", "VND"))
                .post("/api/v1/projects/" + id + "/transactions").then();
        assertStatus(answer, expected);
        if (expected == 201) {
            String transaction = answer.body("createdBy", is(subject)).extract().path("id");
            assertThat(transactionCount(id), is(1));
            assertThat(auditEntries("transaction", transaction), is(1));
        } else {
            assertThat(transactionCount(id), is(0));
            given().queryParam("entityType", "transaction").queryParam("subject", subject).get("/api/v1/audit").then()
                    .statusCode(200).body("totalItems", is(0));
        }
    }

    private static void putRate(String auth, int expected) {
        given().contentType(ContentType.JSON).body(Map.of("unitsPerUsd", new BigDecimal(RATE_BEFORE))).put(RATE_PATH)
                .then().statusCode(oneOf(200, 201));
        int auditBefore = auditEntries("exchange-rate", "2000/THB");
        ValidatableResponse answer = as(auth).config(EXACT).contentType(ContentType.JSON)
                .body(Map.of("unitsPerUsd", new BigDecimal("32.25"))).put(RATE_PATH).then();
        assertStatus(answer, expected);
        if (expected == 200) {
            answer.body("unitsPerUsd", decimal("32.25"));
            assertThat(auditEntries("exchange-rate", "2000/THB"), is(auditBefore + 1));
        } else {
            given().config(EXACT).get(RATE_PATH).then().statusCode(200).body("unitsPerUsd", decimal(RATE_BEFORE));
            assertThat(auditEntries("exchange-rate", "2000/THB"), is(auditBefore));
        }
    }

    /**
     * Aggregates of a donor without projects: the figures of all tests' data would need every rate they use, and
     * what is asked here is only who may read them.
     */
    private static Response aggregates(String auth) {
        return as(auth).queryParam("groupBy", "province")
                .queryParam("organizationId", UUID.randomUUID().toString()).get("/api/v1/aggregates");
    }

    private static void read(Response response, int expected) {
        assertStatus(response.then(), expected);
    }

    /** The status; a refusal is a problem document, a 401 also names the Bearer scheme. */
    private static void assertStatus(ValidatableResponse answer, int expected) {
        answer.log().ifValidationFails().statusCode(expected);
        if (expected == 401 || expected == 403) {
            answer.contentType(startsWith(PROBLEM_JSON)).body("status", is(expected))
                    .body("detail", not(containsString("Exception")));
        }
        if (expected == 401) {
            answer.header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    /**
     * A request with this {@code Authorization} header, or with none at all for {@code ""}. Without a header the
     * request also drops RestAssured's default filters: each application start of the test run registers its own
     * default-token filter, and a later one would put the token back that an earlier one took away.
     */
    static RequestSpecification as(String authorization) {
        return authorization.isEmpty() ? given().noFilters() : given().header("Authorization", authorization);
    }

    /** Audit entries of a record, read as coordinator (the default token). */
    private static int auditEntries(String entityType, String entityId) {
        return given().queryParam("entityType", entityType).queryParam("entityId", entityId).get("/api/v1/audit").then()
                .statusCode(200).extract().path("totalItems");
    }

    private static int auditEntriesOf(String subject) {
        return given().queryParam("subject", subject).get("/api/v1/audit").then().statusCode(200).extract().path("totalItems");
    }

    // ----- the audit trail

    @Test
    void theAuditTrailRecordsEachWriteOfAnOfficerUnderItsSubject() {
        String subject = "officer-lai-chau-" + Fixtures.token();
        String auth = "Bearer " + DevTokens.issue(subject, List.of("province-officer"), "12", Duration.ofMinutes(10));
        Map<String, Object> body = project();
        String id = as(auth).config(EXACT).contentType(ContentType.JSON).body(body)
                .post("/api/v1/projects").then().statusCode(201)
                .body("createdBy", is(subject)).body("updatedBy", is(subject)).extract().path("id");
        Map<String, Object> renamed = with(body, "title", "Renamed " + Fixtures.token());
        as(auth).config(EXACT).header("If-Match", Fixtures.etag(id))
                .contentType(ContentType.JSON).body(renamed).put("/api/v1/projects/" + id).then().statusCode(200)
                .body("createdBy", is(subject)).body("updatedBy", is(subject));
        String transaction = as(auth).config(EXACT).contentType(ContentType.JSON)
                .body(transactionBody("COMMITMENT", "2019-06-01", "5000000", null))
                .post("/api/v1/projects/" + id + "/transactions").then().statusCode(201)
                .body("createdBy", is(subject)).extract().path("id");

        // refused: moving it to Quảng Ninh (22), and writing in Lạng Sơn (20)
        as(auth).header("If-Match", Fixtures.etag(id)).contentType(ContentType.JSON)
                .body(with(renamed, "locations", List.of(Map.of("province", "22")))).put("/api/v1/projects/" + id)
                .then().statusCode(403);
        as(auth).contentType(ContentType.JSON)
                .body(with(project(), "locations", List.of(Map.of("province", "20")))).post("/api/v1/projects")
                .then().statusCode(403);

        given().config(EXACT).queryParam("subject", subject).queryParam("sort", "recordedAt,asc").get("/api/v1/audit").then()
                .log().ifValidationFails().statusCode(200)
                .body("totalItems", is(3))
                .body("items.entityType", is(List.of("project", "project", "transaction")))
                .body("items.operation", is(List.of("CREATE", "UPDATE", "CREATE")))
                .body("items.entityId", is(List.of(id, id, transaction)))
                .body("items.subject", is(List.of(subject, subject, subject)))
                .body("items.province", is(List.of("12", "12", "12")))
                .body("items[0].roles", is(List.of("province-officer")))
                .body("items[0].change.code", is(body.get("code")))
                .body("items[0].change.createdBy", is(subject))
                .body("items[1].change.code", is(body.get("code")))
                .body("items[1].change.title", is(renamed.get("title")))
                .body("items[2].change.projectId", is(id))
                .body("items[2].change.amount", decimal("5000000"))
                .body("items[2].change.createdBy", is(subject));

        // who wrote what shows on the records too; a later write by someone else changes updatedBy only
        Fixtures.put(id, with(renamed, "title", "Renamed again " + Fixtures.token())).statusCode(200)
                .body("createdBy", is(subject)).body("updatedBy", is("test-suite"));
        given().get("/api/v1/projects/" + id + "/transactions").then().statusCode(200)
                .body("items[0].createdBy", is(subject));
    }

    @Test
    void anExchangeRateIsAuditedUnderYearAndCurrency() {
        String subject = "coordinator-" + Fixtures.token();
        String auth = "Bearer " + DevTokens.issue(subject, List.of("coordinator"), null, Duration.ofMinutes(10));
        as(auth).contentType(ContentType.JSON)
                .body(Map.of("unitsPerUsd", new BigDecimal("1450.75"))).put("/api/v1/exchange-rates/2001/KRW")
                .then().statusCode(oneOf(200, 201));
        given().config(EXACT).queryParam("subject", subject).get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].entityType", is("exchange-rate"))
                .body("items[0].entityId", is("2001/KRW"))
                .body("items[0].operation", oneOf("CREATE", "UPDATE"))
                .body("items[0].change.year", is(2001))
                .body("items[0].change.currency", is("KRW"))
                .body("items[0].change.unitsPerUsd", decimal("1450.75"))
                .body("items[0].province", is((Object) null));
    }

    @Test
    void theAuditTrailCannotBeChanged() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/audit").then().statusCode(405);
        given().delete("/api/v1/audit").then().statusCode(405);
    }

    // ----- calls to other services carry the caller's token

    @Test
    void theRegistryAndPartnerServiceAreAskedWithTheCallersToken() {
        String subject = "officer-lai-chau-" + Fixtures.token();
        String auth = "Bearer " + DevTokens.issue(subject, List.of("province-officer"), "12", Duration.ofMinutes(10));
        UUID organization = UUID.randomUUID();
        UUID locality = UUID.randomUUID();
        RegistryStub.partnerLocality(locality, 200);
        Map<String, Object> body = with(with(project(), "donor", Fixtures.registeredDonor(organization,
                "World Vision " + Fixtures.token(), "US", "INGO", LocalDate.parse("2019-04-22"), "12")),
                "partnerLocalityId", locality.toString());
        io.restassured.response.Response answer = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            answer = as(auth).contentType(ContentType.JSON).body(body).post("/api/v1/projects");
            if (answer.statusCode() != 503) {
                break;
            }
            Fixtures.sleep(300L * (attempt + 1));
        }
        answer.then().statusCode(201);
        assertThat(RegistryStub.server().findAll(getRequestedFor(urlPathEqualTo("/api/v1/organizations/" + organization
                + "/eligibility")).withHeader("Authorization", equalTo(auth))).isEmpty(), is(false));
        assertThat(RegistryStub.server().findAll(getRequestedFor(urlPathEqualTo("/api/v1/localities/" + locality))
                .withHeader("Authorization", equalTo(auth))).isEmpty(), is(false));
    }

    // ----- tokens that must be refused: 401 problem+json naming the Bearer scheme, nothing stored

    private static void assertUnauthenticated(String token) {
        Map<String, Object> body = project();
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/projects").then().log().ifValidationFails()
                .statusCode(401).contentType(startsWith(PROBLEM_JSON))
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", is(401))
                .body("detail", not(containsString("Exception")));
        given().queryParam("q", body.get("code")).get("/api/v1/projects").then().statusCode(200).body("totalItems", is(0));
        given().header("Authorization", "Bearer " + token).get("/api/v1/projects").then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON)).header("WWW-Authenticate", containsString("Bearer"));
    }

    private static Map<String, Object> coordinatorClaims() {
        return new java.util.LinkedHashMap<>(DevTokens.claims("coordinator-" + Fixtures.token(), List.of("coordinator")));
    }

    @Test
    void aValidTokenBuiltFromTheSameClaimsIsAccepted() {
        // the edge cases below differ from this one in one claim or the signature only
        given().header("Authorization", "Bearer " + DevTokens.sign(coordinatorClaims())).get("/api/v1/projects")
                .then().statusCode(200);
    }

    @Test
    void anExpiredTokenIs401() {
        Map<String, Object> claims = coordinatorClaims();
        long now = java.time.Instant.now().getEpochSecond();
        claims.put("iat", now - 7200);
        claims.put("exp", now - 3600);
        assertUnauthenticated(DevTokens.sign(claims));
    }

    @Test
    void aTokenNotYetValidIs401() {
        Map<String, Object> claims = coordinatorClaims();
        claims.put("nbf", java.time.Instant.now().getEpochSecond() + 3600);
        assertUnauthenticated(DevTokens.sign(claims));
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        Map<String, Object> claims = coordinatorClaims();
        claims.put("iss", "https://evil.example/realms/ngo-aid");
        assertUnauthenticated(DevTokens.sign(claims));
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        Map<String, Object> claims = coordinatorClaims();
        claims.put("aud", "another-audience");
        assertUnauthenticated(DevTokens.sign(claims));
    }

    @Test
    void aTokenWithAChangedSignatureIs401() {
        String token = DevTokens.sign(coordinatorClaims());
        int at = token.length() - 10;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        assertUnauthenticated(token.substring(0, at) + changed + token.substring(at + 1));
    }

    @Test
    void aTokenWithPromotedClaimsIs401() {
        String[] parts = DevTokens.issue("viewer-" + Fixtures.token(), List.of("viewer"), null, Duration.ofMinutes(5)).split("\\.");
        assertUnauthenticated(parts[0] + "." + DevTokens.encode(coordinatorClaims()) + "." + parts[2]);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var other = generator.generateKeyPair();
        String unsigned = DevTokens.encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + DevTokens.encode(coordinatorClaims());
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(other.getPrivate());
        rsa.update(unsigned.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertUnauthenticated(unsigned + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    @Test
    void anUnsignedTokenIs401() {
        String claims = DevTokens.encode(coordinatorClaims());
        assertUnauthenticated(DevTokens.encode(Map.of("alg", "none")) + "." + claims + ".");
        assertUnauthenticated(DevTokens.encode(Map.of("alg", "none", "typ", "JWT")) + "." + claims);
    }

    @Test
    void garbageIs401() {
        assertUnauthenticated("not-a-token");
        assertUnauthenticated("a.b.c");
    }

    @Test
    void withoutATokenOnlyPublicThingsAnswer() {
        aggregates("").then().statusCode(200).body("totals.projects", is(0));
        as("").get("/api/v1/reference/provinces?q=lang son").then().statusCode(200);
        as("").get("/q/health/ready").then().statusCode(200);
        as("").get("/q/openapi").then().statusCode(200);
        as("").get("/api/v1/exchange-rates").then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON)).header("WWW-Authenticate", containsString("Bearer"));
        as("").get("/api/v1/projects/" + UUID.randomUUID() + "/transactions").then()
                .statusCode(401);
    }

    // ----- the OpenAPI document states the security of each operation

    @Test
    void theOpenApiDocumentStatesTheBearerSchemeAndTheRefusals() {
        var doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemes = doc.getMap("components.securitySchemes");
        assertThat(schemes.isEmpty(), is(false));
        Map<String, Object> scheme = schemes.values().iterator().next();
        assertThat(scheme.get("type"), is("http"));
        assertThat(scheme.get("scheme"), is("bearer"));
        for (String operation : List.of("'/api/v1/projects'.post", "'/api/v1/projects/{id}'.put",
                "'/api/v1/projects/{id}/transactions'.post", "'/api/v1/exchange-rates/{year}/{currency}'.put")) {
            assertThat(operation, doc.getMap("paths." + operation + ".responses").keySet(),
                    org.hamcrest.Matchers.hasItems("401", "403"));
            assertThat(operation, doc.getList("paths." + operation + ".security"), not(org.hamcrest.Matchers.empty()));
        }
        for (String operation : List.of("'/api/v1/projects'.get", "'/api/v1/projects/{id}'.get",
                "'/api/v1/exchange-rates'.get", "'/api/v1/audit'.get")) {
            assertThat(operation, doc.getMap("paths." + operation + ".responses").keySet(), org.hamcrest.Matchers.hasItem("401"));
        }
        assertThat(doc.getMap("paths.'/api/v1/aggregates'.get.responses").keySet(), not(org.hamcrest.Matchers.hasItem("401")));
    }
}
