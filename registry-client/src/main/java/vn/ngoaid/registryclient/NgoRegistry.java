package vn.ngoaid.registryclient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.ngoaid.common.api.ApiException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * ngo-registry-service as the other services see it. Each call is a GET, so it is retried once; an attempt is
 * bounded well under a second and a registry that keeps failing opens the circuit, so callers get a quick answer
 * either way. Whatever the reason the registry gave no answer, the caller sees one {@link ApiException} with
 * status 503, before it has written anything. An unknown organization is an answer, not a failure: empty.
 * <p>
 * The policy can be tuned per deployment with MicroProfile Fault Tolerance keys, e.g.
 * {@code vn.ngoaid.registryclient.NgoRegistry/eligibility/Timeout/value=600}.
 */
@ApplicationScoped
public class NgoRegistry {

    /** Items asked for per page of a list: the most the registry gives. */
    private static final int PAGE = 200;

    private final RegistryApi api;

    NgoRegistry(@RestClient RegistryApi api) {
        this.api = api;
    }

    @Fallback(fallbackMethod = "organizationUnanswered")
    @Timeout(600)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public Optional<RegisteredOrganization> organization(UUID id) {
        return unlessUnknown(() -> api.organization(id));
    }

    /**
     * The organization of exactly this name (ignoring case and surrounding spaces) from this country, found with the
     * registry's search; empty when there is none. Names are unique within a country in the registry.
     */
    @Fallback(fallbackMethod = "namedUnanswered")
    @Timeout(600)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public Optional<RegisteredOrganization> organizationNamed(String name, String countryCode) {
        String wanted = name.trim();
        for (int page = 0; ; page++) {
            RegistryPage<RegisteredOrganization> found = api.search(wanted, countryCode, page, PAGE);
            List<RegisteredOrganization> items = found.itemsOrNone();
            Optional<RegisteredOrganization> exact = items.stream()
                    .filter(o -> o.name() != null && o.name().trim().equalsIgnoreCase(wanted)).findFirst();
            if (exact.isPresent() || items.isEmpty() || page + 1 >= found.totalPages()) {
                return exact;
            }
        }
    }

    @Fallback(fallbackMethod = "eligibilityUnanswered")
    @Timeout(600)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public Optional<DonorEligibility> eligibility(UUID organizationId, String province, LocalDate on) {
        return unlessUnknown(() -> api.eligibility(organizationId, province, on));
    }

    /**
     * Every annual report matching the filters (null: any), read page by page: one question however many reports.
     * The pages together get a longer bound than a single answer.
     */
    @Fallback(fallbackMethod = "reportsUnanswered")
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public List<ReportedYear> annualReports(Integer year, String province, UUID organizationId) {
        return everyPage(page -> api.annualReports(year, province, organizationId, page, PAGE));
    }

    /** Every registration (of the organization, when one is given), read page by page: one question. */
    @Fallback(fallbackMethod = "registrationsUnanswered")
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public List<RegistrationRecord> registrations(UUID organizationId) {
        return everyPage(page -> api.registrations(organizationId, page, PAGE));
    }

    /** The groups of organization, province and year in {@code fromYear..toYear} with missing annual reports. */
    @Fallback(fallbackMethod = "missingUnanswered")
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public List<MissingReports.Row> missingAnnualReports(int fromYear, int toYear, String province, UUID organizationId) {
        MissingReports answer = api.annualReportStatistics("organization,province,year", fromYear, toYear, province, organizationId);
        return answer.rows() == null ? List.of()
                : answer.rows().stream().filter(row -> row.missing() > 0 && row.organization() != null).toList();
    }

    /** The items of every page of a list, asked page after page. */
    private static <T> List<T> everyPage(IntFunction<RegistryPage<T>> pageOf) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            RegistryPage<T> found = pageOf.apply(page);
            items.addAll(found.itemsOrNone());
            if (found.itemsOrNone().isEmpty() || page + 1 >= found.totalPages()) {
                return items;
            }
        }
    }

    Optional<RegisteredOrganization> organizationUnanswered(UUID id) {
        throw unanswered();
    }

    Optional<RegisteredOrganization> namedUnanswered(String name, String countryCode) {
        throw unanswered();
    }

    Optional<DonorEligibility> eligibilityUnanswered(UUID organizationId, String province, LocalDate on) {
        throw unanswered();
    }

    List<ReportedYear> reportsUnanswered(Integer year, String province, UUID organizationId) {
        throw unanswered("the organizations' annual reports");
    }

    List<RegistrationRecord> registrationsUnanswered(UUID organizationId) {
        throw unanswered("the organizations' registrations");
    }

    List<MissingReports.Row> missingUnanswered(int fromYear, int toYear, String province, UUID organizationId) {
        throw unanswered("the organizations' missing annual reports");
    }

    /** The 503 of a read that needs the registry's answer: nothing is shown rather than an answer without it. */
    private static ApiException unanswered(String what) {
        return ApiException.serviceUnavailable("ngo-registry-service did not answer in time, so " + what
                + " are unknown. Try again in a few seconds.");
    }

    private static <T> Optional<T> unlessUnknown(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static ApiException unanswered() {
        return ApiException.serviceUnavailable("ngo-registry-service did not answer in time; nothing was stored. "
                + "Try again in a few seconds.");
    }
}
