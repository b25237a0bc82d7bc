package vn.ngoaid.common.testing;

import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A service's {@code GET /api/v1/data-quality} of one province as its tests read it: failing and total per check. */
public final class QualityFigures {

    private QualityFigures() {
    }

    public static JsonPath answer(String province) {
        return given().accept("application/json").queryParam("province", province).get("/api/v1/data-quality")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** check → {failing, total} of the province asked; empty when it has no records. */
    public static Map<String, long[]> of(String province) {
        return of(answer(province));
    }

    public static Map<String, long[]> of(JsonPath answer) {
        Map<String, long[]> checks = new HashMap<>();
        if (!answer.getList("rows").isEmpty()) {
            List<Map<String, Object>> list = answer.getList("rows[0].checks");
            list.forEach(c -> checks.put((String) c.get("check"), new long[]{((Number) c.get("failing")).longValue(),
                    ((Number) c.get("total")).longValue()}));
        }
        return checks;
    }

    /** Asserts the failing and total records a check gained between two readings. */
    public static void assertAdded(Map<String, long[]> before, Map<String, long[]> after, String check, long failing, long total) {
        long[] b = before.getOrDefault(check, new long[]{0, 0});
        assertEquals(failing, after.get(check)[0] - b[0], check + " failing");
        assertEquals(total, after.get(check)[1] - b[1], check + " total");
    }
}
