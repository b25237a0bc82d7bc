package vn.ngoaid.aid.quality;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.QualityFigures;
import vn.ngoaid.devtoken.DevTokens;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.rate;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.with;
import static vn.ngoaid.common.testing.QualityFigures.assertAdded;

/**
 * GET /api/v1/data-quality over Quảng Bình (44), which this class alone uses: each check's failing and total records
 * grow by what the test wrote, worked out by hand, and the score follows from them.
 */
@QuarkusTest
class DataQualityTest {

    private static final String PROVINCE = "44";

    private static JsonPath quality() {
        return QualityFigures.answer(PROVINCE);
    }

    private static Map<String, long[]> ofProvince(JsonPath answer) {
        return QualityFigures.of(answer);
    }

    @Test
    void eachCheckCountsWhatFailsItAndTheScoreFollows() {
        standardRates();
        Map<String, long[]> before = ofProvince(quality());

        // A: complete and consistent
        String a = create(with(with(project(), "locations", List.of(location(PROVINCE, "Lệ Thủy", 100))), "status", "APPROVED"));
        money(a, "COMMITMENT", "2019-06-01", "500000000", null);
        money(a, "DISBURSEMENT", "2019-07-01", "100000000", null);
        // B: in 44 and 20 and two sectors, shares left out, no district, no Vietnamese title, no money
        Map<String, Object> b = with(project(), "locations", List.of(location(PROVINCE, null, null), location("20", null, null)));
        b = with(with(b, "sectors", List.of(sector("11120", null), sector("12220", null))), "localTitle", null);
        create(b);
        // C: ongoing after its end (2020-08-31); a commitment after its end, and a disbursement of 2020 before any commitment
        String c = create(with(with(project(), "locations", List.of(location(PROVINCE, "Quảng Ninh", 100))), "status", "ONGOING"));
        money(c, "COMMITMENT", "2021-02-01", "300000000", null);
        money(c, "DISBURSEMENT", "2020-01-10", "100000000", null);

        Map<String, long[]> after = ofProvince(quality());
        assertAdded(before, after, "PROJECT_WITHOUT_TRANSACTION", 1, 3);
        assertAdded(before, after, "DISBURSEMENT_WITHOUT_COMMITMENT", 1, 2);
        assertAdded(before, after, "TRANSACTION_OUTSIDE_PROJECT_DATES", 1, 4);
        assertAdded(before, after, "IMPLICIT_EQUAL_SPLIT", 1, 3);
        assertAdded(before, after, "MISSING_DISTRICT", 1, 3);
        assertAdded(before, after, "MISSING_VIETNAMESE_TITLE", 1, 3);
        assertAdded(before, after, "CURRENCY_WITHOUT_RATE", 0, 4);
        assertAdded(before, after, "ONGOING_PAST_END_DATE", 1, 1);
        assertAdded(before, after, "UNTOUCHED_FOR_A_YEAR", 0, 1);

        JsonPath answer = quality();
        assertEquals(PROVINCE, answer.getString("rows[0].province"));
        assertEquals(List.of("PROJECT_WITHOUT_TRANSACTION", "DISBURSEMENT_WITHOUT_COMMITMENT", "TRANSACTION_OUTSIDE_PROJECT_DATES",
                "IMPLICIT_EQUAL_SPLIT", "MISSING_DISTRICT", "MISSING_VIETNAMESE_TITLE", "CURRENCY_WITHOUT_RATE",
                "ONGOING_PAST_END_DATE", "UNTOUCHED_FOR_A_YEAR"), answer.getList("rows[0].checks.check"));
        assertTrue(answer.getList("rows[0].checks.sampleIds.flatten()").contains(c), "C is a sample of a failing check");
        // the score: the mean over the checks with records of the share passing
        BigDecimal sum = BigDecimal.ZERO;
        int applied = 0;
        for (long[] figures : after.values()) {
            if (figures[1] > 0) {
                sum = sum.add(BigDecimal.valueOf(figures[1] - figures[0]).divide(BigDecimal.valueOf(figures[1]), 10, RoundingMode.HALF_EVEN));
                applied++;
            }
        }
        assertEquals(sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(applied), 1, RoundingMode.HALF_UP),
                new BigDecimal(answer.getString("rows[0].score")));
    }

    @Test
    void aCurrencyWithoutARateForItsYearFailsUntilTheRateIsRecorded() {
        // a year whose Swiss franc rate no run has recorded yet, on a database kept between runs too
        int year = 1980 + new java.util.Random().nextInt(26);
        while (given().get("/api/v1/exchange-rates/" + year + "/CHF").then().extract().statusCode() == 200) {
            year = year == 2005 ? 1980 : year + 1;
        }
        Map<String, long[]> before = ofProvince(quality());
        String francs = create(with(with(project("CHF"), "locations", List.of(location(PROVINCE, "Đồng Hới", 100))),
                "startDate", year + "-01-01"));
        money(francs, "COMMITMENT", year + "-03-01", "1000", null);
        Map<String, long[]> after = ofProvince(quality());
        try {
            assertAdded(before, after, "CURRENCY_WITHOUT_RATE", 1, 1);
        } finally {
            // every aggregate over all years needs it, in this class's run and the next ones
            rate(year, "CHF", "1.5");
        }
        assertAdded(after, ofProvince(quality()), "CURRENCY_WITHOUT_RATE", -1, 0);
    }

    @Test
    void totalsCsvAndTheProvinceOfAnOfficer() {
        JsonPath all = given().accept("application/json").get("/api/v1/data-quality").then().statusCode(200).extract().jsonPath();
        assertEquals(null, all.getString("totals.province"));
        assertEquals(9, all.getList("totals.checks").size());
        String csv = given().accept("text/csv").queryParam("province", PROVINCE).get("/api/v1/data-quality")
                .then().statusCode(200).extract().asString();
        assertEquals("province,score,check,failing,total,sampleIds", csv.split("\r?\n")[0]);
        String officer = "Bearer " + DevTokens.issue("officer-44", List.of("province-officer"), PROVINCE, Duration.ofMinutes(10));
        List<Object> provinces = given().header("Authorization", officer).get("/api/v1/data-quality").then().statusCode(200)
                .extract().jsonPath().getList("rows.province");
        assertTrue(provinces.stream().allMatch(PROVINCE::equals), provinces.toString());
        assertProblem(given().header("Authorization", officer).queryParam("province", "20").get("/api/v1/data-quality").then(), 403);
        assertProblem(given().header("Authorization", "").get("/api/v1/data-quality").then(), 401);
    }
}
