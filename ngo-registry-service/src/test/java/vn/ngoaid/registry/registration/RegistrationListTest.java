package vn.ngoaid.registry.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.registration;
import static vn.ngoaid.registry.Fixtures.today;

/**
 * GET /api/v1/registrations with its filters. Every query also filters on an organization this test created, so the
 * answers are exact whatever else the database holds; status is derived from today's date.
 */
@QuarkusTest
class RegistrationListTest {

    private static ValidatableResponse list(String organizationId, Object... params) {
        RequestSpecification request = given().accept(ContentType.JSON)
                .queryParam("organizationId", organizationId).queryParam("size", 200);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/registrations").then().statusCode(200);
    }

    @Test
    void filtersByOrganization() {
        String org = createOrganization();
        String other = createOrganization();
        String mine = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        createOperation(other, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        list(org).body("totalItems", equalTo(1)).body("items.id", containsInAnyOrder(mine))
                .body("items.organizationId", everyItem(equalTo(org)));
    }

    @Test
    void filtersByProvinceAndKind() {
        String org = createOrganization();
        String a = createRegistration(org, registration("OPERATION", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20", "22"));
        String b = createRegistration(org, registration("PROJECT_OFFICE", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "22"));
        String c = createRegistration(org, registration("REPRESENTATIVE_OFFICE", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "01"));

        list(org).body("totalItems", equalTo(3));
        list(org, "province", "20").body("items.id", containsInAnyOrder(a));
        list(org, "province", "22").body("items.id", containsInAnyOrder(a, b));
        list(org, "province", "01").body("items.id", containsInAnyOrder(c));
        list(org, "province", "38").body("items", hasSize(0));
        list(org, "kind", "OPERATION").body("items.id", containsInAnyOrder(a));
        list(org, "kind", "PROJECT_OFFICE").body("items.id", containsInAnyOrder(b));
        list(org, "kind", "REPRESENTATIVE_OFFICE").body("items.id", containsInAnyOrder(c));
        list(org, "kind", "OPERATION", "province", "22").body("items.id", containsInAnyOrder(a));
        list(org, "kind", "PROJECT_OFFICE", "province", "20").body("items", hasSize(0));
    }

    @Test
    void statusIsDerivedFromTodaysDate() {
        LocalDate today = today();
        String org = createOrganization();
        String active = createOperation(org, today.minusYears(1), today.plusYears(1), "20");
        String lastDayToday = createOperation(org, today.minusYears(1), today, "20");
        String expiredYesterday = createOperation(org, today.minusYears(1), today.minusDays(1), "20");
        String expiredLongAgo = createOperation(org, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), "20");
        String suspended = createOperation(org, today.minusYears(1), today.plusYears(1), "20");
        changeStatus(suspended, "SUSPENDED", today.minusDays(10));
        String revoked = createOperation(org, today.minusYears(1), today.plusYears(1), "20");
        changeStatus(revoked, "REVOKED", today.minusDays(10));
        String revokedThenExpired = createOperation(org, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), "20");
        changeStatus(revokedThenExpired, "REVOKED", LocalDate.of(2019, 6, 1));
        String suspendedThenExpired = createOperation(org, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), "20");
        changeStatus(suspendedThenExpired, "SUSPENDED", LocalDate.of(2019, 6, 1));

        list(org).body("totalItems", equalTo(8));
        list(org, "status", "ACTIVE").body("items.id", containsInAnyOrder(active, lastDayToday))
                .body("items.status", everyItem(equalTo("ACTIVE")));
        list(org, "status", "SUSPENDED").body("items.id", containsInAnyOrder(suspended))
                .body("items.status", everyItem(equalTo("SUSPENDED")));
        list(org, "status", "REVOKED").body("items.id", containsInAnyOrder(revoked, revokedThenExpired))
                .body("items.status", everyItem(equalTo("REVOKED")));
        list(org, "status", "EXPIRED").body("items.id", containsInAnyOrder(expiredYesterday, expiredLongAgo, suspendedThenExpired))
                .body("items.status", everyItem(equalTo("EXPIRED")));
    }

    @Test
    void activeOnKeepsRegistrationsValidAndActiveThatDay() {
        String org = createOrganization();
        String a = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        String b = createOperation(org, LocalDate.of(2020, 6, 1), LocalDate.of(2022, 5, 31), "20");
        changeStatus(b, "SUSPENDED", LocalDate.of(2021, 1, 1));
        changeStatus(b, "ACTIVE", LocalDate.of(2021, 7, 1));
        changeStatus(b, "REVOKED", LocalDate.of(2022, 1, 1));

        list(org, "activeOn", "2018-12-31").body("items", hasSize(0));
        list(org, "activeOn", "2019-01-01").body("items.id", containsInAnyOrder(a));
        list(org, "activeOn", "2020-06-01").body("items.id", containsInAnyOrder(a, b));
        list(org, "activeOn", "2020-12-31").body("items.id", containsInAnyOrder(a, b));
        list(org, "activeOn", "2021-01-01").body("items", hasSize(0));
        list(org, "activeOn", "2021-06-30").body("items", hasSize(0));
        list(org, "activeOn", "2021-07-01").body("items.id", containsInAnyOrder(b));
        list(org, "activeOn", "2021-12-31").body("items.id", containsInAnyOrder(b));
        list(org, "activeOn", "2022-01-01").body("items", hasSize(0));
    }

    @Test
    void expiringBeforeKeepsRegistrationsWhoseLastDayIsEarlier() {
        String org = createOrganization();
        String a = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        String b = createOperation(org, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30), "20");

        list(org, "expiringBefore", "2020-12-31").body("items", hasSize(0));
        list(org, "expiringBefore", "2021-01-01").body("items.id", containsInAnyOrder(a));
        list(org, "expiringBefore", "2022-06-30").body("items.id", containsInAnyOrder(a));
        list(org, "expiringBefore", "2022-07-01").body("items.id", containsInAnyOrder(a, b));
        list(org, "expiringBefore", "2022-07-01", "activeOn", "2020-06-01").body("items.id", containsInAnyOrder(a, b));
        list(org, "expiringBefore", "2022-07-01", "activeOn", "2021-06-01").body("items.id", containsInAnyOrder(b));
    }

    @Test
    void searchesCertificateNumbersIgnoringCase() {
        String org = createOrganization();
        Map<String, Object> body = registration("OPERATION", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20");
        String number = (String) body.get("certificateNumber");
        String id = createRegistration(org, body);
        given().accept(ContentType.JSON).queryParam("q", number.substring(2, 14).toLowerCase())
                .get("/api/v1/registrations").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void sortsAndPages() {
        String org = createOrganization();
        String early = createOperation(org, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31), "20");
        String middle = createOperation(org, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), "20");
        String late = createOperation(org, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), "20");
        list(org).body("items.id", equalTo(List.of(late, middle, early)));
        list(org, "sort", "validFrom,asc").body("items.id", equalTo(List.of(early, middle, late)));
        list(org, "sort", "validUntil,asc").body("items.id", equalTo(List.of(middle, late, early)));
        list(org, "sort", "validUntil,desc").body("items.id", equalTo(List.of(early, late, middle)));
        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "validFrom,asc")
                .get("/api/v1/registrations").then()
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("page", equalTo(1))
                .body("items.id", equalTo(List.of(late)));
    }

    @ParameterizedTest
    @CsvSource({
            "province,99", "province,2", "kind,BRANCH", "status,DORMANT", "activeOn,2020-02-30", "activeOn,yesterday",
            "expiringBefore,2020/01/01", "organizationId,not-a-uuid", "size,201", "size,0", "page,-1", "page,x",
            "sort,status", "sort,provinces"})
    void badParametersAre400NamingTheParameter(String parameter, String value) {
        assertInvalid(given().accept(ContentType.JSON).queryParam(parameter, value).get("/api/v1/registrations").then(), parameter);
    }
}
