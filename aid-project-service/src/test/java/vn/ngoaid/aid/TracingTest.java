package vn.ngoaid.aid;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * Tracing switched on by configuration alone (it is off by default): a request that arrives inside a trace calls
 * the registry inside the same trace, so one trace follows a request across the services.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // nothing listens there: spans are dropped after the export fails, which is all a test needs
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
        }
    }

    @Test
    void theRegistryIsAskedInsideTheCallersTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        UUID organization = UUID.randomUUID();
        Map<String, Object> body = with(project("USD"), "donor",
                registeredDonor(organization, "Save the Children", "GB", "INGO", LocalDate.parse("2019-04-22"), "12"));

        given().contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(body).post("/api/v1/projects").then().statusCode(201);

        List<LoggedRequest> asked = RegistryStub.server().findAll(
                getRequestedFor(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility")));
        assertThat(asked, hasSize(1));
        assertThat(asked.stream().map(r -> r.getHeader("traceparent")).toList(),
                everyItem(matchesPattern("00-" + traceId + "-[0-9a-f]{16}-01")));
    }
}
