package vn.ngoaid.common.testing;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.restassured.RestAssured.given;

/** A statistics answer of a service as its tests read it: {@code rows} of dimension values and figures. */
public final class StatisticsRows {

    private StatisticsRows() {
    }

    /** GET of {@code path} with the query parameters given as name, value pairs; a 200 JSON answer. */
    public static JsonPath get(String path, Object... params) {
        RequestSpecification request = given().accept(ContentType.JSON);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get(path).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** The row whose dimension values are all those given (name, value pairs), if any; more than one fails. */
    public static Optional<Map<String, Object>> only(JsonPath answer, Object... dimensions) {
        List<Map<String, Object>> rows = answer.getList("rows");
        List<Map<String, Object>> matching = rows.stream().filter(row -> matches(row, dimensions)).toList();
        if (matching.size() > 1) {
            throw new AssertionError("more than one row for " + List.of(dimensions) + ": " + rows);
        }
        return matching.stream().findFirst();
    }

    private static boolean matches(Map<String, Object> row, Object... dimensions) {
        for (int i = 0; i < dimensions.length; i += 2) {
            if (!Objects.equals(String.valueOf(row.get((String) dimensions[i])), String.valueOf(dimensions[i + 1]))) {
                return false;
            }
        }
        return true;
    }
}
