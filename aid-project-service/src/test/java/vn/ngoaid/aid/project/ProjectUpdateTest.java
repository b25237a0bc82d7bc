package vn.ngoaid.aid.project;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ngoaid.aid.RegistryStub;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.assertRuleBroken;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.put;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.with;

/** PUT of a project: If-Match, legal and illegal status moves, and the currency once money is recorded. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProjectUpdateTest {

    private static io.restassured.response.ValidatableResponse putWith(String id, String ifMatch, Map<String, Object> body) {
        var request = given().config(EXACT).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/projects/" + id).then();
    }

    @Test
    void putWithTheCurrentETagReplacesTheProjectAndAnswersTheNewETag() {
        Map<String, Object> body = project();
        String id = create(body);
        Map<String, Object> changed = with(with(body, "title", "Renamed " + body.get("title")), "modality", "NON_PROJECT");
        putWith(id, "\"0\"", changed).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id))
                .body("title", equalTo("Renamed " + body.get("title")))
                .body("modality", equalTo("NON_PROJECT"))
                .body("version", equalTo(1))
                .body("totals.committed", decimal("0"));
        getProject(id).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Renamed " + body.get("title")));
    }

    @Test
    void putWithoutIfMatchIs428() {
        Map<String, Object> body = project();
        String id = create(body);
        assertProblem(putWith(id, null, with(body, "title", "No If-Match")), 428)
                .body("type", equalTo("urn:problem:ngo-aid:precondition-required"));
        getProject(id).body("title", equalTo(body.get("title")));
    }

    @Test
    void putWithAStaleETagIs412() {
        Map<String, Object> body = project();
        String id = create(body);
        putWith(id, "\"0\"", with(body, "title", "First " + body.get("title"))).statusCode(200);
        assertProblem(putWith(id, "\"0\"", with(body, "title", "Second")), 412)
                .body("type", equalTo("urn:problem:ngo-aid:precondition-failed"));
        getProject(id).body("title", equalTo("First " + body.get("title")));
    }

    @Test
    void putOfAnUnknownProjectIs404() {
        assertProblem(putWith(UUID.randomUUID().toString(), "\"0\"", project()), 404);
    }

    @Test
    void putIsValidatedLikeACreate() {
        Map<String, Object> body = project();
        String id = create(body);
        assertInvalid(putWith(id, "\"0\"", with(body, "endDate", "2018-01-01")), "endDate");
        assertInvalid(putWith(id, "\"0\"", with(body, "currency", "ZZZ")), "currency");
    }

    @Test
    void putCannotTakeTheCodeOfAnotherProject() {
        Map<String, Object> other = project();
        create(other);
        Map<String, Object> body = project();
        String id = create(body);
        assertProblem(putWith(id, "\"0\"", with(body, "code", ((String) other.get("code")).toLowerCase())), 409);
    }

    @Test
    void theLegalLifeProposedApprovedOngoingCompleted() {
        Map<String, Object> proposed = with(with(project(), "status", "PROPOSED"), "approvalDecision", null);
        String id = create(proposed);
        getProject(id).body("status", equalTo("PROPOSED"));

        Map<String, Object> approved = with(with(proposed, "status", "APPROVED"), "approvalDecision", decision("2019-04-22"));
        put(id, approved).statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvalDecision.number", equalTo("77/QĐ-UBND"));
        put(id, with(approved, "status", "ONGOING")).statusCode(200).body("status", equalTo("ONGOING"));
        put(id, with(approved, "status", "SUSPENDED")).statusCode(200).body("status", equalTo("SUSPENDED"));
        put(id, with(approved, "status", "ONGOING")).statusCode(200).body("status", equalTo("ONGOING"));
        put(id, with(approved, "status", "COMPLETED")).statusCode(200).body("status", equalTo("COMPLETED"))
                .header("ETag", equalTo("\"5\""));
        // the same status again is no move
        put(id, with(with(approved, "status", "COMPLETED"), "title", "Done")).statusCode(200).body("title", equalTo("Done"));
        // a status left out keeps the current one
        put(id, with(approved, "status", null)).statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @ParameterizedTest(name = "{0} → {1} is 409")
    @CsvSource({
            "COMPLETED, ONGOING",
            "COMPLETED, CANCELLED",
            "ONGOING, PROPOSED",
            "ONGOING, APPROVED",
            "APPROVED, PROPOSED",
            "APPROVED, COMPLETED",
            "CANCELLED, APPROVED",
            "PROPOSED, ONGOING"})
    void illegalMovesAre409AndChangeNothing(String from, String to) {
        Map<String, Object> body = with(project(), "status", from);
        if (from.equals("PROPOSED") || from.equals("CANCELLED")) {
            body = with(body, "approvalDecision", null);
        }
        String id = create(body);
        Map<String, Object> moved = with(with(body, "status", to), "approvalDecision", decision("2019-04-22"));
        assertProblem(put(id, moved), 409)
                .body("type", equalTo("urn:problem:ngo-aid:conflict"))
                .body("detail", containsString(from))
                .body("detail", containsString(to));
        getProject(id).body("status", equalTo(from)).header("ETag", equalTo("\"0\""));
    }

    @Test
    void approvingNeedsAnApprovalDecision() {
        Map<String, Object> proposed = with(with(project(), "status", "PROPOSED"), "approvalDecision", null);
        String id = create(proposed);
        assertInvalid(put(id, with(proposed, "status", "APPROVED")), "approvalDecision");
        getProject(id).body("status", equalTo("PROPOSED"));
    }

    @Test
    void currencyMayChangeBeforeAnyMoneyIsRecorded() {
        Map<String, Object> body = project();
        String id = create(body);
        put(id, with(body, "currency", "USD")).statusCode(200)
                .body("currency", equalTo("USD"))
                .body("totals.currency", equalTo("USD"));
    }

    @Test
    void currencyCannotChangeOnceMoneyIsRecorded() {
        standardRates();
        Map<String, Object> body = project();
        String id = create(body);
        money(id, "COMMITMENT", "2019-06-01", "2300000", null);
        assertRuleBroken(put(id, with(body, "currency", "USD")))
                .body("detail", containsString("currency"));
        getProject(id).body("currency", equalTo("VND")).body("totals.committed", decimal("2300000"));
        // other fields may still change
        put(id, with(body, "title", "Still VND")).statusCode(200).body("title", equalTo("Still VND"))
                .body("totals.committed", decimal("2300000"));
    }
}
