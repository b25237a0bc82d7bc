package vn.ngoaid.partner.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.registryclient.NgoRegistry;
import vn.ngoaid.registryclient.RegisteredOrganization;

import java.util.UUID;

/**
 * Organizations named by agreements and exchanges live in ngo-registry-service and are checked there over REST.
 * An organization the registry does not know is a 422; a registry that does not answer is a 503 (thrown by
 * {@link NgoRegistry}) before anything is stored.
 */
@ApplicationScoped
public class Organizations {

    private final NgoRegistry registry;

    public Organizations(NgoRegistry registry) {
        this.registry = registry;
    }

    /**
     * Asked outside the caller's transaction (suspended meanwhile): the fault-tolerance policy may run the call on
     * another thread and abandon it on timeout, which must not touch the transaction that will store the record.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RegisteredOrganization require(UUID id) {
        return registry.organization(id).orElseThrow(() -> ApiException.ruleBroken(
                "There is no organization with id " + id + " in ngo-registry-service; register it there first."));
    }
}
