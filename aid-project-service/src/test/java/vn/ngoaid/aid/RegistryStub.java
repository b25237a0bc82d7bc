package vn.ngoaid.aid;

import com.github.tomakehurst.wiremock.http.Fault;
import vn.ngoaid.common.testing.ServiceStub;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * ngo-registry-service (and partner-service's localities) played by an in-JVM WireMock server, so a test can make
 * the registry say eligible, not eligible, unknown, slow or down. Test classes name it with {@code @WithTestResource(value =
 * RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)}, so they share one application start.
 */
public class RegistryStub extends ServiceStub {

    @Override
    protected Map<String, String> clientsAt(String baseUrl) {
        return Map.of("quarkus.rest-client.ngo-registry.url", baseUrl, "quarkus.rest-client.partner.url", baseUrl);
    }

    /** The registry knows the organization and says it is eligible in {@code province} on {@code on}. */
    public static void eligible(UUID organization, String name, String country, String type, String province, LocalDate on) {
        answer(organization, province, on, 200, """
                {"eligible": true, "organizationId": "%s", "organizationName": "%s", "countryCode": "%s",
                 "organizationType": "%s", "province": "%s", "on": "%s", "basis": "REGISTRATION",
                 "registrationId": "%s", "certificateNumber": "T-1/CNV", "validUntil": "2030-12-31"}"""
                .formatted(organization, name, country, type, province, on, UUID.randomUUID()), 0);
        server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "%s", "name": "%s", "countryCode": "%s", "type": "%s", "status": "ACTIVE",
                         "sectors": [], "version": 0}""".formatted(organization, name, country, type))));
    }

    /** The registry knows the organization but says it is not eligible there, giving {@code reason}. */
    public static void notEligible(UUID organization, String name, String province, LocalDate on, String reason) {
        answer(organization, province, on, 200, """
                {"eligible": false, "organizationId": "%s", "organizationName": "%s", "countryCode": "US",
                 "organizationType": "INGO", "province": "%s", "on": "%s", "reason": "%s"}"""
                .formatted(organization, name, province, on, reason), 0);
    }

    /** The registry answers 404: no such organization. */
    public static void unknown(UUID organization) {
        server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 404, \"title\": \"Not found\"}")));
        server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization)).willReturn(aResponse().withStatus(404)));
    }

    /** The registry answers, but only after {@code delayMillis}. */
    public static void slow(UUID organization, String province, LocalDate on, int delayMillis) {
        answer(organization, province, on, 200, """
                {"eligible": true, "organizationId": "%s", "organizationName": "Slow", "countryCode": "US",
                 "organizationType": "INGO", "province": "%s", "on": "%s"}""".formatted(organization, province, on), delayMillis);
    }

    /** The registry answers with this status and body, e.g. 500, or 200 with something that is not JSON. */
    public static void answers(UUID organization, int status, String contentType, String body) {
        server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility")).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
    }

    /** The connection is reset: the registry is down. */
    public static void down(UUID organization) {
        server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /**
     * The registry's annual reports of the organization, as one page of {@code items} (JSON objects): those of
     * {@code year} when a year is asked, else all.
     */
    public static void annualReports(UUID organization, Integer year, String... items) {
        server().stubFor(get(urlPathEqualTo("/api/v1/annual-reports"))
                .withQueryParam("organizationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(organization.toString()))
                .withQueryParam("year", year == null ? com.github.tomakehurst.wiremock.client.WireMock.absent()
                        : com.github.tomakehurst.wiremock.client.WireMock.equalTo(year.toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\": [" + String.join(", ", items) + "], \"page\": 0, \"size\": 200, "
                                + "\"totalItems\": " + items.length + ", \"totalPages\": 1}")));
    }

    /** The registry's registrations of the organization, as one page of {@code items} (JSON objects). */
    public static void registrations(UUID organization, String... items) {
        server().stubFor(get(urlPathEqualTo("/api/v1/registrations"))
                .withQueryParam("organizationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(organization.toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\": [" + String.join(", ", items) + "], \"page\": 0, \"size\": 200, "
                                + "\"totalItems\": " + items.length + ", \"totalPages\": 1}")));
    }

    /** The registry drops the connection when asked for the organization's registrations. */
    public static void registrationsDown(UUID organization) {
        server().stubFor(get(urlPathEqualTo("/api/v1/registrations"))
                .withQueryParam("organizationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(organization.toString()))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The registry's annual report statistics of the organization by organization, province and year: these rows. */
    public static void reportStatistics(UUID organization, String... rows) {
        server().stubFor(get(urlPathEqualTo("/api/v1/statistics/annual-reports"))
                .withQueryParam("organizationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(organization.toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"groupBy\": [\"organization\", \"province\", \"year\"], \"rows\": ["
                                + String.join(", ", rows) + "], \"totals\": {}}")));
    }

    /** The registry drops the connection when asked for the organization's annual reports. */
    public static void annualReportsDown(UUID organization) {
        server().stubFor(get(urlPathEqualTo("/api/v1/annual-reports"))
                .withQueryParam("organizationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(organization.toString()))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** partner-service knows the locality (status 200) or not (404), or drops the connection (any other status). */
    public static void partnerLocality(UUID locality, int status) {
        var answer = status == 200
                ? aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + locality + "\", \"name\": \"Văn Sơn\", \"countryCode\": \"CN\", \"level\": \"PREFECTURE\"}")
                : status == 404 ? aResponse().withStatus(404) : aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        server().stubFor(get(urlPathEqualTo("/api/v1/localities/" + locality)).willReturn(answer));
    }

    /** How many eligibility questions the registry was asked about this organization. */
    public static int eligibilityCalls(UUID organization) {
        return server().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility"))).size();
    }

    private static void answer(UUID organization, String province, LocalDate on, int status, String body, int delayMillis) {
        server().stubFor(get(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility"))
                .withQueryParam("province", com.github.tomakehurst.wiremock.client.WireMock.equalTo(province))
                .withQueryParam("on", com.github.tomakehurst.wiremock.client.WireMock.equalTo(on.toString()))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body).withFixedDelay(delayMillis)));
    }
}
