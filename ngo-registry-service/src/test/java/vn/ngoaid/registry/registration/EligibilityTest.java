package vn.ngoaid.registry.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.eligibility;
import static vn.ngoaid.registry.Fixtures.operation;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.today;
import static vn.ngoaid.registry.Fixtures.uniqueName;

/** GET /organizations/{id}/eligibility?province=&on=: province, date, validity edges and the status in effect. */
@QuarkusTest
class EligibilityTest {

    @Test
    void eligibleFromTheFirstToTheLastValidDayOnly() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2019, 3, 1), LocalDate.of(2023, 2, 28), "20");
        String certificate = (String) body.get("certificateNumber");
        String registration = createRegistration(org, body);

        eligibility(org, "20", LocalDate.of(2019, 3, 1))
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("eligible", equalTo(true))
                .body("organizationId", equalTo(org))
                .body("province", equalTo("20"))
                .body("on", equalTo("2019-03-01"))
                .body("basis", equalTo("REGISTRATION"))
                .body("registrationId", equalTo(registration))
                .body("certificateNumber", equalTo(certificate))
                .body("validUntil", equalTo("2023-02-28"))
                .body("reason", nullValue());
        eligibility(org, "20", LocalDate.of(2023, 2, 28))
                .body("eligible", equalTo(true)).body("registrationId", equalTo(registration));

        eligibility(org, "20", LocalDate.of(2019, 2, 28))
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("registrationId", nullValue())
                .body("reason", containsString("valid only from 2019-03-01"));
        eligibility(org, "20", LocalDate.of(2023, 3, 1))
                .body("eligible", equalTo(false))
                .body("reason", containsString("expired on 2023-02-28"));
    }

    @Test
    void provinceNotCoveredIsNotEligible() {
        String org = createOrganization();
        createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31), "20");
        eligibility(org, "22", LocalDate.of(2020, 1, 1))
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("reason", containsString("22"));
    }

    @Test
    void organizationWithoutRegistrationIsNotEligible() {
        String org = createOrganization();
        eligibility(org, "20", LocalDate.of(2020, 1, 1))
                .body("eligible", equalTo(false)).body("reason", notNullValue());
    }

    @Test
    void suspendedOnTheDateIsNotEligibleAndReinstatedIsEligibleAgain() {
        String org = createOrganization();
        String id = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31), "20");
        changeStatus(id, "SUSPENDED", LocalDate.of(2020, 3, 1));
        changeStatus(id, "ACTIVE", LocalDate.of(2020, 9, 1));

        eligibility(org, "20", LocalDate.of(2020, 2, 29)).body("eligible", equalTo(true));
        eligibility(org, "20", LocalDate.of(2020, 3, 1)).body("eligible", equalTo(false))
                .body("reason", containsString("SUSPENDED"));
        eligibility(org, "20", LocalDate.of(2020, 8, 31)).body("eligible", equalTo(false));
        eligibility(org, "20", LocalDate.of(2020, 9, 1)).body("eligible", equalTo(true))
                .body("registrationId", equalTo(id));
        eligibility(org, "20", LocalDate.of(2023, 12, 31)).body("eligible", equalTo(true));
    }

    @Test
    void revokedFromItsDateOn() {
        String org = createOrganization();
        String id = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31), "20");
        changeStatus(id, "REVOKED", LocalDate.of(2021, 1, 1));
        eligibility(org, "20", LocalDate.of(2020, 12, 31)).body("eligible", equalTo(true));
        eligibility(org, "20", LocalDate.of(2021, 1, 1)).body("eligible", equalTo(false))
                .body("reason", containsString("REVOKED"));
        eligibility(org, "20", LocalDate.of(2023, 6, 1)).body("eligible", equalTo(false));
    }

    @Test
    void anotherActiveRegistrationKeepsItEligible() {
        String org = createOrganization();
        String suspended = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31), "20");
        String other = createOperation(org, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), "20", "22");
        changeStatus(suspended, "SUSPENDED", LocalDate.of(2020, 6, 1));
        eligibility(org, "20", LocalDate.of(2021, 1, 1)).body("eligible", equalTo(true))
                .body("registrationId", equalTo(other));
        eligibility(org, "20", LocalDate.of(2023, 1, 1)).body("eligible", equalTo(false));
    }

    @Test
    void sectorsDoNotMatter() {
        String org = createOrganization();
        Map<String, Object> body = operation(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31), "20");
        body.put("sectors", java.util.List.of("11220"));
        createRegistration(org, body);
        eligibility(org, "20", LocalDate.of(2020, 1, 1)).body("eligible", equalTo(true));
    }

    @Test
    void dateDefaultsToToday() {
        String org = createOrganization();
        String id = createOperation(org, today().minusMonths(1), today().plusMonths(1), "20");
        given().accept(ContentType.JSON).queryParam("province", "20")
                .get("/api/v1/organizations/{id}/eligibility", org).then()
                .statusCode(200)
                .body("eligible", equalTo(true))
                .body("on", equalTo(today().toString()))
                .body("registrationId", equalTo(id));
    }

    @Test
    void multilateralOrganizationNeedsNoRegistration() {
        String org = createOrganization(organization(uniqueName("Development Bank"), "PH", "MULTILATERAL"));
        eligibility(org, "20", LocalDate.of(2020, 1, 1))
                .statusCode(200)
                .body("eligible", equalTo(true))
                .body("basis", equalTo("NOT_REQUIRED"))
                .body("registrationId", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BILATERAL_AGENCY", "EMBASSY_FUND"})
    void bilateralAgenciesAndEmbassyFundsNeedNoRegistration(String type) {
        String org = createOrganization("JP", type);
        eligibility(org, "22", LocalDate.of(2021, 5, 5)).body("eligible", equalTo(true)).body("basis", equalTo("NOT_REQUIRED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INGO", "FOUNDATION", "OTHER"})
    void ngosAndFoundationsNeedARegistration(String type) {
        String org = createOrganization("US", type);
        eligibility(org, "22", LocalDate.of(2021, 5, 5)).body("eligible", equalTo(false));
    }

    @Test
    void missingProvinceIs400() {
        String org = createOrganization();
        assertInvalid(given().accept(ContentType.JSON).queryParam("on", "2020-01-01")
                .get("/api/v1/organizations/{id}/eligibility", org).then(), "province");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "2", "XX"})
    void unknownProvinceIs400(String province) {
        String org = createOrganization();
        assertInvalid(eligibility(org, province, LocalDate.of(2020, 1, 1)), "province");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-01", "2020-02-30", "01.01.2020", "today"})
    void badDateIs400(String date) {
        String org = createOrganization();
        assertInvalid(given().accept(ContentType.JSON).queryParam("province", "20").queryParam("on", date)
                .get("/api/v1/organizations/{id}/eligibility", org).then(), "on");
    }

    @Test
    void unknownOrganizationIs404() {
        assertProblem(eligibility(UUID.randomUUID().toString(), "20", LocalDate.of(2020, 1, 1)), 404);
    }

    // ----- the 2025 province merger: Hà Giang (02) became part of Tuyên Quang (08) on 2025-07-01

    @Test
    void registrationUnderAnOldCodeCountsForItsSuccessorAfterTheMerger() {
        String org = createOrganization();
        String id = createOperation(org, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "02");

        eligibility(org, "02", LocalDate.of(2024, 6, 1)).body("eligible", equalTo(true)).body("registrationId", equalTo(id));
        eligibility(org, "02", LocalDate.of(2025, 6, 30)).body("eligible", equalTo(true));
        eligibility(org, "08", LocalDate.of(2025, 7, 1)).body("eligible", equalTo(true)).body("registrationId", equalTo(id));
        eligibility(org, "08", LocalDate.of(2026, 1, 1)).body("eligible", equalTo(true)).body("registrationId", equalTo(id));
        // before the merger, 08 was the old Tuyên Quang, which the registration does not cover
        eligibility(org, "08", LocalDate.of(2024, 6, 1)).body("eligible", equalTo(false));
        // after the merger, 02 is no longer a province code
        assertInvalid(eligibility(org, "02", LocalDate.of(2026, 1, 1)), "province");
        assertInvalid(eligibility(org, "02", LocalDate.of(2025, 7, 1)), "province");
    }

    @Test
    void oldTuyenQuangRegistrationStillCountsForTheNewTuyenQuang() {
        String org = createOrganization();
        createOperation(org, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "08");
        eligibility(org, "08", LocalDate.of(2024, 6, 1)).body("eligible", equalTo(true));
        eligibility(org, "08", LocalDate.of(2026, 1, 1)).body("eligible", equalTo(true));
    }

    @Test
    void registrationUnderAnOldCodeDoesNotCountForAnotherSuccessor() {
        String org = createOrganization();
        // Bắc Kạn (06) went to Thái Nguyên (19)
        createOperation(org, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "06");
        eligibility(org, "19", LocalDate.of(2026, 1, 1)).body("eligible", equalTo(true));
        eligibility(org, "08", LocalDate.of(2026, 1, 1)).body("eligible", equalTo(false));
        eligibility(org, "04", LocalDate.of(2026, 1, 1)).body("eligible", equalTo(false));
    }
}
