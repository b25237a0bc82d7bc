package vn.ngoaid.registry.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.eligibility;
import static vn.ngoaid.registry.Fixtures.json;
import static vn.ngoaid.registry.Fixtures.postStatusChange;
import static vn.ngoaid.registry.Fixtures.statusChange;
import static vn.ngoaid.registry.Fixtures.today;

/**
 * POST /registrations/{id}/status-changes: ACTIVE ↔ SUSPENDED, either → REVOKED, nothing out of REVOKED, EXPIRED only
 * by date; effectiveOn not in the future, not before validFrom nor the last change, not after validUntil.
 */
@QuarkusTest
class StatusChangesTest {

    /** A registration valid from a year ago to a year ahead, covering Lạng Sơn. */
    private static String current() {
        return createOperation(createOrganization(), today().minusYears(1), today().plusYears(1), "20");
    }

    @Test
    void suspendThenReinstateAnswers200AndGrowsTheHistoryOldestFirst() {
        String id = current();
        LocalDate suspendedOn = today().minusDays(30);
        LocalDate reinstatedOn = today().minusDays(10);

        postStatusChange(id, Map.of("status", "SUSPENDED", "reason", "Activities outside the registered provinces",
                "effectiveOn", suspendedOn.toString()))
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", not(equalTo("\"0\"")))
                .body("id", equalTo(id))
                .body("status", equalTo("SUSPENDED"))
                .body("history", hasSize(2))
                .body("history[1].status", equalTo("SUSPENDED"))
                .body("history[1].reason", equalTo("Activities outside the registered provinces"))
                .body("history[1].effectiveOn", equalTo(suspendedOn.toString()));

        changeStatus(id, "ACTIVE", reinstatedOn)
                .body("status", equalTo("ACTIVE"))
                .body("history", hasSize(3));

        given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", id).then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("history.status", equalTo(List.of("ACTIVE", "SUSPENDED", "ACTIVE")))
                .body("history.effectiveOn", equalTo(List.of(
                        today().minusYears(1).toString(), suspendedOn.toString(), reinstatedOn.toString())));
    }

    @Test
    void effectiveOnDefaultsToToday() {
        String id = current();
        postStatusChange(id, Map.of("status", "SUSPENDED")).statusCode(200)
                .body("history[1].effectiveOn", equalTo(today().toString()))
                .body("status", equalTo("SUSPENDED"));
    }

    @Test
    void activeToRevokedIsAllowed() {
        String id = current();
        changeStatus(id, "REVOKED", today().minusDays(1))
                .body("status", equalTo("REVOKED"))
                .body("history.status", equalTo(List.of("ACTIVE", "REVOKED")));
    }

    @Test
    void suspendedToRevokedIsAllowed() {
        String id = current();
        changeStatus(id, "SUSPENDED", today().minusDays(20));
        changeStatus(id, "REVOKED", today().minusDays(5))
                .body("status", equalTo("REVOKED"))
                .body("history.status", equalTo(List.of("ACTIVE", "SUSPENDED", "REVOKED")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACTIVE", "SUSPENDED", "REVOKED"})
    void nothingLeavesRevoked(String target) {
        String id = current();
        changeStatus(id, "REVOKED", today().minusDays(5));
        assertProblem(postStatusChange(id, statusChange(target, today())), 409)
                .body("type", equalTo("urn:problem:ngo-aid:conflict"));
        given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", id).then()
                .body("status", equalTo("REVOKED")).body("history", hasSize(2));
    }

    @Test
    void activeToActiveIs409() {
        String id = current();
        assertProblem(postStatusChange(id, statusChange("ACTIVE", today())), 409);
    }

    @Test
    void suspendedToSuspendedIs409() {
        String id = current();
        changeStatus(id, "SUSPENDED", today().minusDays(3));
        assertProblem(postStatusChange(id, statusChange("SUSPENDED", today())), 409);
    }

    @Test
    void expiredCannotBeSetIs400() {
        String id = current();
        assertInvalid(postStatusChange(id, statusChange("EXPIRED", today())), "status");
    }

    @Test
    void unknownOrMissingStatusIs400() {
        String id = current();
        assertInvalid(postStatusChange(id, statusChange("CLOSED", today())), "status");
        assertInvalid(postStatusChange(id, Map.of("reason", "no status")), "status");
        assertInvalid(postStatusChange(id, Map.of("status", "SUSPENDED", "effectiveOn", "2024-02-30")), "effectiveOn");
        assertProblem(api().body("{\"status\": ").post("/api/v1/registrations/{id}/status-changes", id).then(), 400);
    }

    @Test
    void unknownRegistrationIs404() {
        assertProblem(postStatusChange(UUID.randomUUID().toString(), statusChange("SUSPENDED", today())), 404);
    }

    @Test
    void effectiveOnInTheFutureIs422() {
        String id = current();
        assertProblem(postStatusChange(id, statusChange("SUSPENDED", today().plusDays(1))), 422)
                .body("type", equalTo("urn:problem:ngo-aid:domain-rule"));
        // today itself is fine
        changeStatus(id, "SUSPENDED", today());
    }

    @Test
    void effectiveOnBeforeValidFromIs422() {
        String org = createOrganization();
        String id = createOperation(org, LocalDate.of(2020, 3, 1), LocalDate.of(2024, 12, 31), "20");
        assertProblem(postStatusChange(id, statusChange("SUSPENDED", LocalDate.of(2020, 2, 29))), 422);
        // the first valid day itself is fine
        changeStatus(id, "SUSPENDED", LocalDate.of(2020, 3, 1));
    }

    @Test
    void effectiveOnBeforeTheLastChangeIs422() {
        String id = current();
        LocalDate suspended = today().minusDays(20);
        changeStatus(id, "SUSPENDED", suspended);
        assertProblem(postStatusChange(id, statusChange("ACTIVE", suspended.minusDays(1))), 422)
                .body("detail", containsString(suspended.toString()));
        // the same day as the last change is allowed
        changeStatus(id, "ACTIVE", suspended).body("history", hasSize(3));
    }

    @Test
    void effectiveOnAfterValidUntilIs409() {
        String org = createOrganization();
        String id = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        assertProblem(postStatusChange(id, statusChange("REVOKED", LocalDate.of(2021, 1, 1))), 409)
                .body("type", equalTo("urn:problem:ngo-aid:conflict"));
        // the last valid day is fine, even long after
        changeStatus(id, "REVOKED", LocalDate.of(2020, 12, 31)).body("status", equalTo("REVOKED"));
    }

    @Test
    void expiredRegistrationShowsExpiredButRevokedStaysRevoked() {
        String org = createOrganization();
        String expired = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", expired).then().body("status", equalTo("EXPIRED"));
        changeStatus(expired, "SUSPENDED", LocalDate.of(2020, 6, 1)).body("status", equalTo("EXPIRED"));
        changeStatus(expired, "REVOKED", LocalDate.of(2020, 7, 1)).body("status", equalTo("REVOKED"));
    }

    @Test
    void aBackDatedChangeAffectsEligibilityFromItsDateOnlyAndTheActiveOnFilter() {
        String org = createOrganization();
        String id = createOperation(org, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), "22");
        eligibility(org, "22", LocalDate.of(2022, 6, 1)).statusCode(200).body("eligible", equalTo(true));

        changeStatus(id, "SUSPENDED", LocalDate.of(2022, 6, 1));

        eligibility(org, "22", LocalDate.of(2020, 1, 1)).body("eligible", equalTo(true));
        eligibility(org, "22", LocalDate.of(2022, 5, 31)).body("eligible", equalTo(true));
        eligibility(org, "22", LocalDate.of(2022, 6, 1)).body("eligible", equalTo(false))
                .body("reason", containsString("SUSPENDED"));
        eligibility(org, "22", LocalDate.of(2024, 12, 31)).body("eligible", equalTo(false));

        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("activeOn", "2022-05-31")
                .get("/api/v1/registrations").then().body("totalItems", equalTo(1));
        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("activeOn", "2022-06-01")
                .get("/api/v1/registrations").then().body("totalItems", equalTo(0));
    }

    @Test
    void statusChangeReasonIsValidated() {
        String id = current();
        assertInvalid(postStatusChange(id, Map.of("status", "SUSPENDED", "reason", "x".repeat(1001))), "reason");
        assertInvalid(api().body(json(Map.of("status", "SUSPENDED", "reason", "bad\u0001reason")))
                .post("/api/v1/registrations/{id}/status-changes", id).then(), "reason");
    }
}
