package vn.ngoaid.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a GET answers can be sent back by PUT unchanged: 200, the same representation, the same ETag (nothing was
 * written). Walks every PUT with If-Match of the service's own OpenAPI document, over the records its list answers;
 * both answers must match their schemas in the document.
 */
public final class RoundTrips {

    private RoundTrips() {
    }

    /**
     * With the tests' default token (every role).
     *
     * @param perList how many records of each list to send back
     * @return the paths walked (those whose list had records)
     */
    public static List<String> everyPutTakesBackWhatGetAnswered(int perList) throws Exception {
        return everyPutTakesBackWhatGetAnswered(List.of(), perList);
    }

    /** The same, each list asked with these query parameters (name, value, …): the newest first, say. */
    public static List<String> everyPutTakesBackWhatGetAnswered(List<String> query, int perList) throws Exception {
        byte[] openApi = ContractChecks.document();
        JsonNode document = Schemas.JSON.readTree(openApi);
        SchemaValidator schemas = new SchemaValidator(openApi);
        List<String> walked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            JsonNode put = path.getValue().get("put");
            if (put == null || !path.getKey().endsWith("/{id}") || !declares(put, "If-Match")) {
                return;
            }
            String collection = path.getKey().substring(0, path.getKey().length() - "/{id}".length());
            var list = given().queryParam("size", perList);
            for (int i = 0; i + 1 < query.size(); i += 2) {
                list = list.queryParam(query.get(i), query.get(i + 1));
            }
            JsonNode items = json(list.get(collection)).path("items");
            for (JsonNode item : items) {
                String one = collection + "/" + item.get("id").asText();
                Response got = given().get(one);
                Response back = given().header("If-Match", got.header("ETag"))
                        .contentType("application/json").body(got.asByteArray()).put(one);
                problems.addAll(schemas.answerProblems("get", path.getKey(), one, got));
                problems.addAll(schemas.answerProblems("put", path.getKey(), one, back));
                if (back.statusCode() != 200 || !got.header("ETag").equals(back.header("ETag"))
                        || !json(got).equals(json(back))) {
                    problems.add("PUT " + one + ": " + back.statusCode() + " ETag " + got.header("ETag") + " → "
                            + back.header("ETag") + " " + BadRequest.shorten(back.asString(), 400));
                }
            }
            if (!items.isEmpty()) {
                walked.add(path.getKey());
            }
        });
        assertEquals(List.of(), problems);
        return walked;
    }

    private static boolean declares(JsonNode operation, String header) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals(header)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode json(Response response) {
        try {
            return Schemas.JSON.readTree(response.asByteArray());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }
}
