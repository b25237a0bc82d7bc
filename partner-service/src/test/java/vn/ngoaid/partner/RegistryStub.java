package vn.ngoaid.partner;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import vn.ngoaid.common.testing.ServiceStub;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * ngo-registry-service stubbed in this JVM with WireMock on a free port, for every test of this service. Tests stub
 * one organization id at a time (ids are random, so tests do not see each other's stubs); an id nobody stubbed
 * answers 404, as the registry does for an unknown organization.
 */
@QuarkusTestResource(RegistryStub.class)
public class RegistryStub extends ServiceStub {

    @Override
    protected Map<String, String> clientsAt(String baseUrl) {
        return Map.of("quarkus.rest-client.ngo-registry.url", baseUrl);
    }

    private static String path(UUID id) {
        return "/api/v1/organizations/" + id;
    }

    /** The registry knows the organization: 200 with its JSON. */
    public static UUID known(String name, String countryCode) {
        UUID id = UUID.randomUUID();
        server().stubFor(get(urlPathEqualTo(path(id))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "%s", "name": "%s", "countryCode": "%s", "type": "INGO", "status": "ACTIVE",
                         "sectors": ["12220"], "version": 0}""".formatted(id, name, countryCode))));
        return id;
    }

    /** The registry answers 404 for this id. */
    public static UUID unknown() {
        UUID id = UUID.randomUUID();
        server().stubFor(get(urlPathEqualTo(path(id))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 404, \"title\": \"Not found\"}")));
        return id;
    }

    /** The registry drops the connection for this id. */
    public static UUID resetting() {
        UUID id = UUID.randomUUID();
        server().stubFor(get(urlPathEqualTo(path(id))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return id;
    }

    /** The registry answers only after 3 seconds for this id. */
    public static UUID slow() {
        UUID id = UUID.randomUUID();
        server().stubFor(get(urlPathEqualTo(path(id))).willReturn(aResponse().withStatus(200).withFixedDelay(3000)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + id + "\", \"name\": \"Too late\", \"countryCode\": \"DE\"}")));
        return id;
    }

    /** How many times the registry was asked about this organization. */
    public static int requestsFor(UUID id) {
        return server().countRequestsMatching(getRequestedFor(urlPathEqualTo(path(id))).build()).getCount();
    }
}
