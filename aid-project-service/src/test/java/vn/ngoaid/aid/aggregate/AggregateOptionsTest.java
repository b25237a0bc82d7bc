package vn.ngoaid.aid.aggregate;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ngoaid.aid.RegistryStub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertRuleBroken;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.donorOutsideRegistry;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.token;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * Aggregates beyond the plain figures: province codes rolled up to the units of 1 July 2025, donors outside the
 * registry, a missing rate, and every invalid request. Each test isolates its data by a donor of its own.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AggregateOptionsTest {

    private static ValidatableResponse aggregates(Object... params) {
        var request = given().config(EXACT).accept(ContentType.JSON);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/aggregates").then().log().ifValidationFails();
    }

    /** A USD project of a fresh registered donor in the provinces (code, percentage pairs), approved on the day. */
    private static UUID projectOfANewDonor(LocalDate approved, Object... provincesAndShares) {
        UUID org = UUID.randomUUID();
        String[] provinces = new String[provincesAndShares.length / 2];
        List<Map<String, Object>> locations = new java.util.ArrayList<>();
        for (int i = 0; i < provincesAndShares.length; i += 2) {
            provinces[i / 2] = (String) provincesAndShares[i];
            locations.add(location((String) provincesAndShares[i], null, provincesAndShares[i + 1]));
        }
        Map<String, Object> body = with(project("USD"), "donor", registeredDonor(org, "Helvetas " + token(), "CH", "INGO",
                approved, provinces));
        body = with(with(body, "locations", locations), "approvalDecision", decision(approved.toString()));
        String id = create(body);
        standardRates();
        money(id, "COMMITMENT", approved.plusMonths(1).toString(), "1000", "USD");
        return org;
    }

    @Test
    void currentProvinceVintageRollsOldCodesUpToTheirSuccessors() {
        // before 1 July 2025: 02 Hà Giang and 08 Tuyên Quang became 08 Tuyên Quang; 10 Lào Cai became 15 Lào Cai
        UUID org = projectOfANewDonor(LocalDate.parse("2019-05-01"), "02", 40, "08", 30, "10", 30);

        aggregates("organizationId", org, "groupBy", "province").statusCode(200)
                .body("rows.province", equalTo(List.of("02", "08", "10")))
                .body("rows[0].committed", decimal("400.00"))
                .body("rows[1].committed", decimal("300.00"))
                .body("rows[2].committed", decimal("300.00"));
        aggregates("organizationId", org, "groupBy", "province", "provinceVintage", "RECORDED").statusCode(200)
                .body("rows.province", equalTo(List.of("02", "08", "10")));
        aggregates("organizationId", org, "groupBy", "province", "provinceVintage", "CURRENT").statusCode(200)
                .body("rows.province", equalTo(List.of("08", "15")))
                .body("rows[0].committed", decimal("700.00"))
                .body("rows[0].projects", equalTo(1))
                .body("rows[1].committed", decimal("300.00"))
                .body("totals.committed", decimal("1000.00"));
        // the province filter follows the vintage
        aggregates("organizationId", org, "province", "08").statusCode(200)
                .body("totals.committed", decimal("300.00"));
        aggregates("organizationId", org, "province", "08", "provinceVintage", "current").statusCode(200)
                .body("totals.committed", decimal("700.00"));
        aggregates("organizationId", org, "province", "02", "provinceVintage", "CURRENT").statusCode(200)
                .body("totals.committed", decimal("0.00"))
                .body("totals.projects", equalTo(0));
    }

    @Test
    void locationsWithoutPercentagesShareEquallyAndTheRowsStillAddUp() {
        // three provinces, no percentages: a third of 1000 USD each = 333.333… → 333.33, totals 1000.00
        UUID org = projectOfANewDonor(LocalDate.parse("2019-05-01"), "20", null, "22", null, "12", null);
        aggregates("organizationId", org, "groupBy", "province").statusCode(200)
                .body("rows.province", equalTo(List.of("12", "20", "22")))
                .body("rows[0].committed", decimal("333.33"))
                .body("rows[1].committed", decimal("333.33"))
                .body("rows[2].committed", decimal("333.33"))
                .body("rows[2].projects", equalTo(1))
                .body("totals.committed", decimal("1000.00"));
        aggregates("organizationId", org, "province", "22", "currency", "VND").statusCode(200)
                .body("totals.committed", decimal("7666667"));   // 1000 × 23000 / 3 = 7666666.67 → 7666667
    }

    @Test
    void aDonorOutsideTheRegistryIsOneOrganizationWithoutId() {
        String t = token();
        String name = "Kiều bào tại Nauru " + t;
        Map<String, Object> first = with(project("USD"), "donor", donorOutsideRegistry(name, "OVERSEAS_VIETNAMESE", "NR"));
        Map<String, Object> second = with(project("USD"), "donor",
                donorOutsideRegistry(name.toUpperCase(), "OVERSEAS_VIETNAMESE", "NR"));
        money(create(first), "COMMITMENT", "2019-06-01", "1000", null);
        money(create(second), "COMMITMENT", "2020-06-01", "500.5", null);

        List<Map<String, Object>> rows = aggregates("groupBy", "organization", "donorCountry", "NR",
                "donorType", "OVERSEAS_VIETNAMESE").statusCode(200).extract().path("rows");
        List<Map<String, Object>> mine = rows.stream()
                .filter(r -> String.valueOf(r.get("donorName")).toLowerCase().equals(name.toLowerCase())).toList();
        assertThat(rows.toString(), mine, hasSize(1));
        Map<String, Object> row = mine.get(0);
        assertThat(row.get("organization"), nullValue());
        assertThat(row.get("organizations"), equalTo(1));
        assertThat(row.get("projects"), equalTo(2));
        assertThat(row.get("committed"), decimal("1500.50"));
    }

    @Test
    void aMissingRateIs422NamingCurrencyAndYear() {
        UUID org = projectOfANewDonor(LocalDate.parse("2019-05-01"), "22", 100);
        aggregates("organizationId", org).statusCode(200).body("totals.committed", decimal("1000.00"));
        assertRuleBroken(aggregates("organizationId", org, "currency", "XOF"))
                .body("detail", containsString("XOF in 2019"));
    }

    @Test
    void nothingToAggregateAnswersZeroTotals() {
        aggregates("organizationId", UUID.randomUUID(), "groupBy", "province").statusCode(200)
                .body("currency", equalTo("USD"))
                .body("rows", hasSize(0))
                .body("totals.projects", equalTo(0))
                .body("totals.organizations", equalTo(0))
                .body("totals.committed", decimal("0"))
                .body("totals.disbursed", decimal("0"))
                .body("totals.disbursementRate", nullValue())
                .body("ratesUsed", hasSize(0));
    }

    @ParameterizedTest(name = "{0}={1} → 400 naming {2}")
    @CsvSource({
            "groupBy, country, groupBy",
            "groupBy, 'province,province', groupBy",
            "groupBy, 'year, sector, year', groupBy",
            "currency, ZZZ, currency",
            "currency, usd, currency",
            "fromYear, 1800, fromYear",
            "toYear, 2101, toYear",
            "fromYear, soon, fromYear",
            "province, 99, province",
            "sector, 1, sector",
            "modality, GRANT, modality",
            "donorCountry, XX, donorCountry",
            "donorType, 'ingo ', donorType",
            "donorType, CHURCH, donorType",
            "organizationId, 42, organizationId",
            "approvalLevel, DISTRICT, approvalLevel",
            "status, FINISHED, status",
            "provinceVintage, OLD, provinceVintage"})
    void badParameterIs400NamingIt(String parameter, String value, String field) {
        assertInvalid(aggregates(parameter, value), field);
    }

    @Test
    void aDimensionNamedTwiceInTwoParametersIs400() {
        assertInvalid(aggregates("groupBy", "province", "groupBy", "province"), "groupBy")
                .body("errors[0].message", containsString("twice"));
    }

    @Test
    void fromYearAfterToYearIs400() {
        assertInvalid(aggregates("fromYear", 2021, "toYear", 2020), "fromYear");
        aggregates("fromYear", 2020, "toYear", 2020, "organizationId", UUID.randomUUID()).statusCode(200);
    }
}
