package vn.ngoaid.aid.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.ngoaid.common.api.ApiException;

import java.util.Optional;
import java.util.UUID;

/**
 * partner-service as this service sees it: does a partner locality exist? The same policy as the registry client
 * (a GET bounded well under a second, retried once, behind a circuit breaker); no answer is a 503.
 */
@ApplicationScoped
public class PartnerLocalities {

    private final PartnerApi api;

    PartnerLocalities(@RestClient PartnerApi api) {
        this.api = api;
    }

    /** The locality, or empty when partner-service says there is none. Asked outside the caller's transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Fallback(fallbackMethod = "unanswered")
    @Timeout(600)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public Optional<PartnerLocality> find(UUID id) {
        try {
            return Optional.of(api.locality(id));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<PartnerLocality> unanswered(UUID id) {
        throw ApiException.serviceUnavailable("partner-service did not answer in time; nothing was stored. "
                + "Try again in a few seconds.");
    }
}
