package vn.ngoaid.partner.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.partner.Fixtures.api;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.association;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.json;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.locality;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.Fixtures.twinning;

/**
 * Idempotency-Key on every POST: the same key with the same body replays the first answer and creates nothing; the
 * same key with another body is 422.
 */
@QuarkusTest
class IdempotencyTest {

    private static ValidatableResponse post(String path, String key, Object body) {
        return api().header("Idempotency-Key", key).body(json(body)).post(path).then();
    }

    /** A body for the resource whose names carry the token, and another one (a different request). */
    private static Map<String, Object> body(String resource, String t, boolean other) {
        String suffix = other ? " other" : "";
        return switch (resource) {
            case "localities" -> locality("Idem " + t + suffix, "CN", "CITY", null);
            case "partnerships" -> {
                Map<String, Object> p = partnership("08", createLocality("Idem " + t + suffix, "LA", "PROVINCE", null), "FRIENDSHIP", "2011-01-01");
                p.put("note", "Idem " + t);
                yield p;
            }
            case "agreements" -> vn.ngoaid.partner.Fixtures.agreement("20", byName("Idem party", "CN"), "Idem " + t + suffix, "2010-01-01");
            case "twinnings" -> twinning("22", "Thôn Idem " + t + suffix, "VILLAGE", "Cun", "VILLAGE", createLocality("CN"), "2016-01-01");
            case "exchanges" -> {
                Map<String, Object> e = exchange("20", "INBOUND", "Idem " + t + suffix, "2010-01-01");
                e.put("countryCode", "CN");
                yield e;
            }
            case "friendship-associations" -> association("22", "Idem " + t + suffix, "CN", 10);
            default -> throw new IllegalArgumentException(resource);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"localities", "partnerships", "agreements", "twinnings", "exchanges", "friendship-associations"})
    void sameKeyAndBodyReplaysAndAnotherBodyIs422(String resource) {
        String path = "/api/v1/" + resource;
        String t = token();
        String key = "test-" + UUID.randomUUID();
        Map<String, Object> body = body(resource, t, false);

        ExtractableResponse<Response> first = post(path, key, body).statusCode(201).extract();
        ExtractableResponse<Response> second = post(path, key, body).statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals((String) first.path("id"), second.path("id"));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("ETag"), second.header("ETag"));
        list(path, "q", t).statusCode(200).body("totalItems", equalTo(1));

        assertProblem(post(path, key, body(resource, t, true)), 422);
        list(path, "q", t).statusCode(200).body("totalItems", equalTo(1));
    }
}
