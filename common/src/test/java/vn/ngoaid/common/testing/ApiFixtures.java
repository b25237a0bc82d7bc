package vn.ngoaid.common.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What the test data and answer checks of every service share: unique tokens, JSON bodies and the RFC 9457 problem
 * answers all three services give. A service's {@code Fixtures} extends it, so its tests import one class for both.
 */
public class ApiFixtures {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    protected ApiFixtures() {
    }

    /** A lower-case token that search folding leaves as it is, e.g. {@code zq3f9a0c1b}. */
    public static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object with these fields in this order, given as name, value pairs; a test may change it. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    /** Asserts an RFC 9457 problem answer with the given status. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.log().ifValidationFails().statusCode(status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(status))
                .body("type", startsWith("urn:problem:ngo-aid:"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/"));
    }

    /** Asserts a 400 problem whose {@code errors} name the field. */
    public static ValidatableResponse assertInvalid(ValidatableResponse response, String field) {
        return assertProblem(response, 400)
                .body("type", equalTo("urn:problem:ngo-aid:validation"))
                .body("errors.field", hasItem(field));
    }

    /** Asserts a 422 domain-rule problem. */
    public static ValidatableResponse assertRuleBroken(ValidatableResponse response) {
        return assertProblem(response, 422).body("type", equalTo("urn:problem:ngo-aid:domain-rule"));
    }
}
