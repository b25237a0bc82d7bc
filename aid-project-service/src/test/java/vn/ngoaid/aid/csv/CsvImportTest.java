package vn.ngoaid.aid.csv;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.Fixtures;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.devtoken.DevTokens;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.token;

/**
 * CSV import of projects and transactions over HTTP: formats (BOM, semicolons, quoted delimiters and line breaks,
 * the export's read-only columns), the dry run and the all-or-nothing commit, the JSON API's rules per row, province
 * scope, registered donors found by name, one registry question per organization, province and day, and a registry
 * that cannot answer.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CsvImportTest {

    static final String PROJECT_HEADER = String.join(",", ProjectCsv.IMPORT.importable());
    static final String TRANSACTION_HEADER = String.join(",", TransactionCsv.IMPORT.importable());

    @BeforeEach
    void rates() {
        standardRates();
    }

    /** An embassy project in Lai Châu (12), approved 2019, in VND; the title has a comma, the local title a line break. */
    static String embassyRow(String code) {
        return embassyRow(code, "", "");
    }

    /** {@link #embassyRow(String)} with these (CSV-quoted) plannedDisbursements and implementers cells. */
    static String embassyRow(String code, String plan, String implementers) {
        return code + ",\"School works, Bản Lang " + token() + "\",\"Xây dựng trường học\nxã Bản Lang\",,"
                + "Đại sứ quán Trung Quốc " + token() + ",EMBASSY,CN,PROJECT,11120:60|11220:40,12/Phong Thổ:100,PROVINCIAL,"
                + "512/QĐ-UBND,2019-04-22,Ủy ban nhân dân tỉnh Lai Châu,2019-05-01,2020-08-31,APPROVED,VND,," + plan + ","
                + implementers;
    }

    /**
     * POSTs the file. An import that asks the registry stub may meet a first answer slower than the client's timeout
     * on a busy machine: a 503 (nothing stored) is retried a few times, as the API tells clients to.
     */
    static ValidatableResponse post(String path, String mode, byte[] body) {
        io.restassured.response.Response response = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            response = given().config(EXACT).contentType("text/csv").accept("application/json")
                    .body(body).post("/api/v1/imports/" + path + (mode == null ? "" : "?mode=" + mode));
            if (response.statusCode() != 503) {
                break;
            }
            Fixtures.sleep(300L * (attempt + 1));
        }
        return response.then();
    }

    static ValidatableResponse post(String path, String mode, String body) {
        return post(path, mode, body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static int projectsWithCode(String code) {
        return given().accept("application/json").get("/api/v1/projects?q=" + code).then().statusCode(200)
                .extract().path("totalItems");
    }

    @Test
    void aDryRunChecksEveryRowAndStoresNothing() {
        String a = "IMP-" + token(), b = "IMP-" + token();
        String csv = PROJECT_HEADER + "\r\n" + embassyRow(a) + "\r\n" + embassyRow(b) + "\r\n";
        post("projects", null, csv).log().ifValidationFails().statusCode(200)
                .body("mode", equalTo("DRY_RUN")).body("rows", equalTo(2)).body("accepted", equalTo(2))
                .body("stored", equalTo(0)).body("problems", empty());
        org.hamcrest.MatcherAssert.assertThat(projectsWithCode(a) + projectsWithCode(b), equalTo(0));
    }

    @Test
    void aCommitStoresTheProjectsAsTheJsonApiWouldWithTheirSplitsAndQuotedText() {
        String code = "IMP-" + token();
        post("projects", "commit", PROJECT_HEADER + "\n" + embassyRow(code) + "\n").log().ifValidationFails()
                .statusCode(200).body("mode", equalTo("COMMIT")).body("stored", equalTo(1));
        given().config(EXACT).accept("application/json").get("/api/v1/projects?q=" + code).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].title", startsWith("School works, Bản Lang"))
                .body("items[0].localTitle", equalTo("Xây dựng trường học\nxã Bản Lang"))
                .body("items[0].donor.type", equalTo("EMBASSY"))
                .body("items[0].sectors.code", equalTo(List.of("11120", "11220")))
                .body("items[0].sectors[0].percentage", decimal("60"))
                .body("items[0].locations[0].district", equalTo("Phong Thổ"))
                .body("items[0].approvalDecision.number", equalTo("512/QĐ-UBND"))
                .body("items[0].createdBy", equalTo("test-suite"));
    }

    @Test
    void aFileWrittenBeforePlansAndImplementersStillImports() {
        String code = "IMP-" + token();
        String header = PROJECT_HEADER.replace(",plannedDisbursements,implementers", "");
        String row = embassyRow(code);
        post("projects", "commit", header + "\n" + row.substring(0, row.length() - 2) + "\n").log().ifValidationFails()
                .statusCode(200).body("stored", equalTo(1));
        given().accept("application/json").get("/api/v1/projects?q=" + code).then()
                .body("items[0].plannedDisbursements", empty()).body("items[0].implementers", empty());
    }

    @Test
    void aBomSemicolonsAndTheExportsReadOnlyColumnsAreAccepted() {
        String code = "IMP-" + token();
        String header = PROJECT_HEADER + ",id,committed,disbursed,totalsCurrency,disbursementRate,createdAt,createdBy,updatedAt,updatedBy";
        String row = embassyRow(code) + "," + UUID.randomUUID() + ",100.00,50.00,VND,0.5000,2020-01-01T00:00:00Z,someone,"
                + "2020-01-02T00:00:00Z,someone";
        String semicolons = (header + "\n" + row + "\n").replace(",", ";")
                .replace("\"School works; Bản Lang", "\"School works, Bản Lang");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes(semicolons.getBytes(StandardCharsets.UTF_8));
        post("projects", "commit", file.toByteArray()).log().ifValidationFails().statusCode(200).body("stored", equalTo(1));
        given().accept("application/json").get("/api/v1/projects?q=" + code).then()
                .body("items[0].title", startsWith("School works, Bản Lang"))
                .body("items[0].totals.committed", decimal("0"));
    }

    @Test
    void planAndImplementersAreReadFromTheirCellsWithEscapedSeparatorsAndAccents() {
        String code = "IMP-" + token();
        // the cell is CSV-quoted for its commas and quotes; inside it a backslash escapes | : and the backslash itself
        String owner = "Phong Tho DPC\\: PMU \\| unit \\\\ 1, Lai Chau; \"A\"";
        String implementers = "\"PROJECT_OWNER:DISTRICT:" + owner.replace("\"", "\"\"") + ":Ủy ban nhân dân huyện Phong Thổ"
                + " | IMPLEMENTING:MASS_ORGANIZATION:Lai Chau Women's Union\"";
        post("projects", "commit", PROJECT_HEADER + "\n" + embassyRow(code, "2020:2000000000|2019:1500000000.5", implementers)
                + "\n").log().ifValidationFails().statusCode(200).body("stored", equalTo(1));
        given().config(EXACT).accept("application/json").get("/api/v1/projects?q=" + code).then().statusCode(200)
                .body("items[0].plannedDisbursements.year", equalTo(List.of(2019, 2020)))
                .body("items[0].plannedDisbursements[0].amount", decimal("1500000000.5"))
                .body("items[0].plannedDisbursements[1].amount", decimal("2000000000"))
                .body("items[0].implementers.name", equalTo(List.of("Phong Tho DPC: PMU | unit \\ 1, Lai Chau; \"A\"",
                        "Lai Chau Women's Union")))
                .body("items[0].implementers.localName", equalTo(java.util.Arrays.asList("Ủy ban nhân dân huyện Phong Thổ", null)))
                .body("items[0].implementers.type", equalTo(List.of("DISTRICT", "MASS_ORGANIZATION")))
                .body("items[0].implementers.role", equalTo(List.of("PROJECT_OWNER", "IMPLEMENTING")));
    }

    @Test
    void unreadablePlanAndImplementerItemsAndTheirRulesAreProblemsOfTheirColumns() {
        String csv = PROJECT_HEADER + "\n"
                + embassyRow("IMP-" + token(), "2019:lots|2020", "OWNER:DISTRICT:UBND|IMPLEMENTING:NGO") + "\n"
                + embassyRow("IMP-" + token(), "2019:1|2019:2", "PROJECT_OWNER:DISTRICT:A|PROJECT_OWNER:COMMUNE:B") + "\n"
                + embassyRow("IMP-" + token(), "2021:100", "IMPLEMENTING:NGO:A") + "\n"
                + embassyRow("IMP-" + token(), "", "IMPLEMENTING:NGO:A:B:C") + "\n";
        post("projects", "dry_run", csv).log().ifValidationFails().statusCode(200)
                .body("accepted", equalTo(0))
                .body("problems.findAll { it.row == 1 }.field", equalTo(List.of("plannedDisbursements",
                        "plannedDisbursements", "implementers", "implementers")))
                .body("problems.find { it.row == 1 }.problem", containsString("'2019:lots' is not a year and an amount"))
                .body("problems.findAll { it.row == 1 && it.field == 'implementers' }[0].problem",
                        containsString("role one of [PROJECT_OWNER, MANAGING_AGENCY, IMPLEMENTING]"))
                .body("problems.findAll { it.row == 2 }.field", equalTo(List.of("plannedDisbursements", "implementers")))
                .body("problems.findAll { it.row == 2 }.problem", hasItem(containsString("at most one PROJECT_OWNER")))
                .body("problems.findAll { it.row == 3 }.field", equalTo(List.of("plannedDisbursements")))
                .body("problems.find { it.row == 3 }.problem", containsString("2021 is outside the project's years"))
                .body("problems.findAll { it.row == 4 }.field", equalTo(List.of("implementers")))
                .body("problems.find { it.row == 4 }.problem", containsString("'IMPLEMENTING:NGO:A:B:C' is not"));
    }

    @Test
    void oneBadRowRefusesTheWholeCommitWithAReportOfEveryProblem() {
        String good = "IMP-" + token(), bad = "IMP-" + token(), worse = "IMP-" + token();
        String csv = PROJECT_HEADER + "\n" + embassyRow(good) + "\n"
                + embassyRow(bad).replace("11120:60|11220:40", "11120:60|11220:30") + "\n"
                + embassyRow(worse).replace("2019-04-22", "22/04/2019").replace("PROJECT", "GRANT") + "\n"
                + embassyRow(good) + "\n";
        post("projects", "commit", csv).log().ifValidationFails().statusCode(422)
                .contentType(startsWith(Fixtures.PROBLEM_JSON))
                .body("type", equalTo("urn:problem:ngo-aid:import-refused"))
                .body("status", equalTo(422))
                .body("instance", equalTo("/api/v1/imports/projects"))
                .body("rows", equalTo(4)).body("accepted", equalTo(1)).body("stored", equalTo(0))
                .body("problems.findAll { it.row == 2 }.field", equalTo(List.of("sectors")))
                .body("problems.find { it.row == 2 }.problem", containsString("add up to 90"))
                .body("problems.findAll { it.row == 3 }.field", hasItem("approvalDecisionDate"))
                .body("problems.findAll { it.row == 3 }.field", hasItem("modality"))
                .body("problems.find { it.row == 4 }.problem", containsString("already used"));
        org.hamcrest.MatcherAssert.assertThat(projectsWithCode(good), equalTo(0));
    }

    @Test
    void unknownColumnsAMissingRequiredColumnInvalidUtf8AndBrokenQuotesAre400() {
        Fixtures.assertInvalid(post("projects", "commit", PROJECT_HEADER + ",colour\n"), "header")
                .body("detail", containsString("'colour'"));
        Fixtures.assertInvalid(post("projects", "commit", "code,title\nX,Y\n"), "header")
                .body("detail", containsString("currency"));
        byte[] latin1 = (PROJECT_HEADER + "\n" + embassyRow("IMP-" + token()) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Fixtures.assertInvalid(post("projects", "commit", latin1), "body").body("detail", containsString("UTF-8"));
        Fixtures.assertInvalid(post("transactions", "commit", TRANSACTION_HEADER + "\nX,\"COMMITMENT,2020-01-01,1,,,\n"), "body");
        Fixtures.assertInvalid(post("projects", "dry_run", ""), "body");
        Fixtures.assertProblem(given().contentType("text/csv").body(PROJECT_HEADER + "\n")
                .post("/api/v1/imports/projects?mode=later").then(), 400).body("errors.field", hasItem("mode"));
    }

    @Test
    void aProvinceOfficerImportsOnlyItsOwnProvincesRows() {
        String own = "IMP-" + token(), other = "IMP-" + token();
        String csv = PROJECT_HEADER + "\n" + embassyRow(own) + "\n" + embassyRow(other).replace("12/Phong Thổ:100", "20") + "\n";
        String officer = "Bearer " + DevTokens.issue("officer-lc-" + token(), List.of("province-officer"), "12",
                Duration.ofMinutes(10));
        given().header("Authorization", officer).contentType("text/csv").body(utf8(csv)).post("/api/v1/imports/projects?mode=commit")
                .then().log().ifValidationFails().statusCode(422)
                .body("problems", hasSize(1)).body("problems[0].row", equalTo(2))
                .body("problems[0].problem", containsString("province 12"));
        given().header("Authorization", officer).contentType("text/csv").body(utf8(PROJECT_HEADER + "\n" + embassyRow(own) + "\n"))
                .post("/api/v1/imports/projects?mode=commit").then().statusCode(200).body("stored", equalTo(1));
        String viewer = "Bearer " + DevTokens.issue("viewer-" + token(), List.of("viewer"), null, Duration.ofMinutes(10));
        Fixtures.assertProblem(given().header("Authorization", viewer).contentType("text/csv").body(utf8(csv))
                .post("/api/v1/imports/projects").then(), 403);
    }

    @Test
    void aRegisteredDonorIsFoundByNameAndCountryAndTheRegistryIsAskedOncePerOrganizationProvinceAndDay() {
        UUID organization = UUID.randomUUID();
        String name = "Helvetas Import " + token();
        LocalDate approved = LocalDate.parse("2020-03-15");
        RegistryStub.eligible(organization, name, "CH", "INGO", "22", approved);
        RegistryStub.server().stubFor(get(urlPathEqualTo("/api/v1/organizations")).withQueryParam("country", WireMock.equalTo("CH"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"items": [{"id": "%s", "name": "%s", "countryCode": "CH", "type": "INGO", "status": "ACTIVE"}],
                         "page": 0, "size": 200, "totalItems": 1, "totalPages": 1}""".formatted(organization, name))));
        StringBuilder csv = new StringBuilder(PROJECT_HEADER).append('\n');
        List<String> codes = List.of("IMP-" + token(), "IMP-" + token(), "IMP-" + token());
        for (String code : codes) {
            // the export's copies of the registry's type are allowed; a lower-case name is the same organization
            csv.append(code).append(",Water ").append(code).append(",,,").append(codes.indexOf(code) == 1 ? name.toLowerCase() : name)
                    .append(codes.indexOf(code) == 2 ? ",INGO" : ",").append(",CH,PROJECT,14030,22/Hạ Long,PROVINCIAL,9/QĐ-UBND,")
                    .append(approved).append(",,2020-04-01,,ONGOING,USD,,,\n");
        }
        csv.append("IMP-").append(token()).append(",Unknown donor,,,Nobody Known ").append(token())
                .append(",,CH,PROJECT,14030,22,PROVINCIAL,9/QĐ-UBND,2020-03-15,,,,APPROVED,USD,,,\n");
        RegistryStub.server().resetRequests();
        post("projects", "dry_run", csv.toString()).log().ifValidationFails().statusCode(200)
                .body("accepted", equalTo(3))
                .body("problems", hasSize(1)).body("problems[0].row", equalTo(4)).body("problems[0].field", equalTo("donorName"));
        RegistryStub.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility")));

        String keep = csv.substring(0, csv.lastIndexOf("IMP-"));
        post("projects", "commit", keep).statusCode(200).body("stored", equalTo(3));
        given().accept("application/json").get("/api/v1/projects?organizationId=" + organization).then()
                .body("totalItems", equalTo(3)).body("items.donor.name", everyItemIs(name));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void aRegistryThatCannotAnswerIs503AndNothingIsStored() {
        UUID organization = UUID.randomUUID();
        RegistryStub.server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility"))
                .willReturn(aResponse().withStatus(500)));
        String code = "IMP-" + token(), before = "IMP-" + token();
        String csv = PROJECT_HEADER + "\n" + embassyRow(before) + "\n"
                + code + ",Registered,," + organization + ",,,,PROJECT,14030,22,PROVINCIAL,9/QĐ-UBND,2020-03-15,,,,APPROVED,USD,,,\n";
        Fixtures.assertProblem(given().contentType("text/csv").body(utf8(csv)).post("/api/v1/imports/projects?mode=commit")
                .then(), 503);
        org.hamcrest.MatcherAssert.assertThat(projectsWithCode(before) + projectsWithCode(code), equalTo(0));
    }

    @Test
    void transactionsFollowTheMoneyRulesRowByRowAndARefusedRowDoesNotCountForTheNext() {
        String code = "IMP-" + token();
        post("projects", "commit", PROJECT_HEADER + "\n" + embassyRow(code) + "\n").statusCode(200);
        String csv = TRANSACTION_HEADER + "\n"
                + code + ",COMMITMENT,2019-06-01,1000000,,\"Cam kết, đợt 1\",\n"
                + code + ",DISBURSEMENT,2019-07-01,1500000,,too much,\n"
                + code + ",DISBURSEMENT,2019-08-01,600000,,,\n"
                + code + ",DISBURSEMENT,2019-09-01,400000,,,\n"
                + "NO-SUCH-" + token() + ",COMMITMENT,2019-06-01,1,,,\n"
                + code + ",DISBURSEMENT,2019-09-02,0,,,\n"
                + code + ",COMMITMENT,2019-06-01,12.5,KRW,,\n";
        // row 2 would pass the commitment; refused and taken back, it leaves room for rows 3 and 4
        post("transactions", "dry_run", csv).log().ifValidationFails().statusCode(200)
                .body("rows", equalTo(7)).body("accepted", equalTo(3))
                .body("problems.row", equalTo(List.of(2, 5, 6, 7)))
                .body("problems[0].problem", containsString("more than the cumulative commitment"))
                .body("problems[1].field", equalTo("projectCode"))
                .body("problems[2].field", equalTo("amount"))
                .body("problems[3].problem", containsString("KRW in 2019"));
        String good = csv.lines().limit(5).filter(l -> !l.contains("too much")).reduce("", (x, y) -> x + y + "\n");
        post("transactions", "commit", good).log().ifValidationFails().statusCode(200).body("stored", equalTo(3));
        given().config(EXACT).accept("application/json").get("/api/v1/projects?q=" + code).then()
                .body("items[0].totals.committed", decimal("1000000"))
                .body("items[0].totals.disbursed", decimal("1000000"));
    }

    @Test
    void aTransactionsFileWithTheExportsReadOnlyColumnsImports() {
        String code = "IMP-" + token();
        post("projects", "commit", PROJECT_HEADER + "\n" + embassyRow(code) + "\n").statusCode(200);
        String csv = TRANSACTION_HEADER + ",id,projectId,createdAt,createdBy\n"
                + code + ",COMMITMENT,2019-06-01,2500000.50,VND,\"Cam kết\nđợt 1\",," + UUID.randomUUID() + ","
                + UUID.randomUUID() + ",2019-06-02T03:04:05Z,officer-lc\n";
        post("transactions", "commit", csv).log().ifValidationFails().statusCode(200).body("stored", equalTo(1));
        given().config(EXACT).accept("application/json").get("/api/v1/projects?q=" + code).then()
                .body("items[0].totals.committed", decimal("2500000"));
        Fixtures.assertInvalid(post("transactions", "dry_run", TRANSACTION_HEADER + ",projectTitle\n"), "header");
    }

    @Test
    void aCommitWithAnIdempotencyKeyIsStoredOnceAndReplayed() {
        String code = "IMP-" + token(), key = "import-" + token();
        String csv = PROJECT_HEADER + "\n" + embassyRow(code) + "\n";
        given().header("Idempotency-Key", key).contentType("text/csv").body(utf8(csv)).post("/api/v1/imports/projects?mode=commit")
                .then().statusCode(200).body("stored", equalTo(1));
        given().header("Idempotency-Key", key).contentType("text/csv").body(utf8(csv)).post("/api/v1/imports/projects?mode=commit")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("stored", equalTo(1));
        org.hamcrest.MatcherAssert.assertThat(projectsWithCode(code), equalTo(1));
        Fixtures.assertRuleBroken(given().header("Idempotency-Key", key).contentType("text/csv")
                .body(utf8(csv.replace("APPROVED", "ONGOING"))).post("/api/v1/imports/projects?mode=commit").then());
    }
}
