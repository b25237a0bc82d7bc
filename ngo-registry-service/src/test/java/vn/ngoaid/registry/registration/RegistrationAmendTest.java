package vn.ngoaid.registry.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.eligibility;
import static vn.ngoaid.registry.Fixtures.json;
import static vn.ngoaid.registry.Fixtures.operation;
import static vn.ngoaid.registry.Fixtures.registration;

/** PUT /registrations/{id}: an amendment under If-Match and the same validity rules as a new certificate. */
@QuarkusTest
class RegistrationAmendTest {

    private static String etagOf(String id) {
        return given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", id).then()
                .statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse put(String id, String ifMatch, Map<String, Object> body) {
        var request = api().body(json(body));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/registrations/{id}", id).then();
    }

    @Test
    void amendmentNeedsIfMatchAndRefusesAStaleETag() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        String id = createRegistration(org, body);

        assertProblem(put(id, null, body), 428);
        assertProblem(put(id, "\"5\"", body), 412);

        String etag = etagOf(id);
        body.put("validUntil", "2021-12-31");
        body.put("provinces", List.of("20", "22"));
        String newEtag = put(id, etag, body).statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("id", equalTo(id))
                .body("validUntil", equalTo("2021-12-31"))
                .body("provinces", equalTo(List.of("20", "22")))
                .extract().header("ETag");
        assertProblem(put(id, etag, body), 412);
        given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", id).then()
                .header("ETag", equalTo(newEtag)).body("validUntil", equalTo("2021-12-31"));
    }

    @Test
    void anExtensionMakesTheOrganizationEligibleOnTheNewDates() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        String id = createRegistration(org, body);
        eligibility(org, "20", LocalDate.of(2021, 6, 1)).body("eligible", equalTo(false));
        eligibility(org, "22", LocalDate.of(2020, 6, 1)).body("eligible", equalTo(false));

        body.put("validUntil", "2022-12-31");
        body.put("provinces", List.of("20", "22"));
        put(id, etagOf(id), body).statusCode(200);

        eligibility(org, "20", LocalDate.of(2021, 6, 1)).body("eligible", equalTo(true)).body("registrationId", equalTo(id));
        eligibility(org, "22", LocalDate.of(2020, 6, 1)).body("eligible", equalTo(true));
    }

    @Test
    void theAmendedValidityFollowsTheSameRules() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), "20");
        String id = createRegistration(org, body);
        String etag = etagOf(id);

        body.put("validUntil", "2026-01-02");   // more than 3 years from 2023-01-01
        assertProblem(put(id, etag, body), 422);
        body.put("validUntil", "2022-12-31");   // before validFrom
        assertInvalid(put(id, etag, body), "validUntil");
        body.put("validUntil", "2026-01-01");   // exactly 3 years
        put(id, etag, body).statusCode(200).body("validUntil", equalTo("2026-01-01"));
    }

    @Test
    void theFirstHistoryEntryMovesWithValidFromAndLaterChangesMustStayInside() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31), "20");
        String id = createRegistration(org, body);
        changeStatus(id, "SUSPENDED", LocalDate.of(2020, 6, 1));

        body.put("validFrom", "2019-02-01");
        body.put("issuedOn", "2019-01-15");
        put(id, etagOf(id), body).statusCode(200)
                .body("history", hasSize(2))
                .body("history[0].effectiveOn", equalTo("2019-02-01"))
                .body("history[1].effectiveOn", equalTo("2020-06-01"));

        // a recorded suspension would fall outside the amended validity
        body.put("validUntil", "2020-05-31");
        assertProblem(put(id, etagOf(id), body), 409);
        body.put("validUntil", "2022-12-31");
        body.put("validFrom", "2020-06-02");
        assertProblem(put(id, etagOf(id), body), 409);
    }

    @Test
    void anotherRegistrationsCertificateNumberIs409ButItsOwnIsFine() {
        String org = createOrganization();
        Map<String, Object> first = operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        createRegistration(org, first);
        Map<String, Object> second = operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        String id = createRegistration(org, second);

        second.put("certificateNumber", ((String) first.get("certificateNumber")).toLowerCase());
        assertProblem(put(id, etagOf(id), second), 409);

        Map<String, Object> ownNumber = registration("OPERATION", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "22");
        ownNumber.put("certificateNumber", given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", id)
                .then().extract().path("certificateNumber"));
        put(id, etagOf(id), ownNumber).statusCode(200).body("provinces", equalTo(List.of("22")));
    }

    @Test
    void unknownRegistrationIs404() {
        assertProblem(put(UUID.randomUUID().toString(), "\"0\"",
                operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20")), 404);
    }
}
