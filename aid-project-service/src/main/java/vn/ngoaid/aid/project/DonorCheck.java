package vn.ngoaid.aid.project;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.aid.AidMetrics;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.reference.Province;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.registryclient.DonorEligibility;
import vn.ngoaid.registryclient.NgoRegistry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who gives, as the project records it. A registered organization must be eligible, by ngo-registry-service, in every
 * province of the project on the day it is checked on (the approval date); its name, type and country are copied so
 * that aggregates by donor need no call at query time. A donor outside the registry needs no registration.
 */
@ApplicationScoped
class DonorCheck {

    record Donor(UUID organizationId, String name, String type, String countryCode) {
    }

    private final NgoRegistry registry;
    private final ReferenceData reference;
    private final AidMetrics metrics;
    private final EligibilityMemo memo;

    DonorCheck(NgoRegistry registry, ReferenceData reference, AidMetrics metrics, EligibilityMemo memo) {
        this.registry = registry;
        this.reference = reference;
        this.metrics = metrics;
        this.memo = memo;
    }

    /**
     * The donor as given, checked: field errors are 400, an ineligible or unknown organization 422, no answer 503.
     * The registry is asked with the caller's transaction suspended: the fault-tolerance policy may abandon a call
     * on another thread, which must not touch the transaction that will store the project.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    Donor resolve(ProjectInput.Donor given, List<String> provinces, LocalDate on) {
        if (given.organizationId() == null) {
            return outsideRegistry(given);
        }
        // its name, type and country are the registry's: what a client sends of them (a GET's answer) is ignored
        DonorEligibility answer = null;
        for (String province : provinces) {
            answer = memo.answer(given.organizationId(), province, on,
                            () -> registry.eligibility(given.organizationId(), province, on))
                    .orElse(null);
            Optional<ApiException> refusal = refusal(given.organizationId(), province, on, answer,
                    () -> reference.provinceOn(province, on).map(Province::name).orElse(province));
            if (refusal.isPresent()) {
                metrics.eligibilityRefused();
                throw refusal.get();
            }
        }
        return new Donor(given.organizationId(), answer.organizationName(), answer.organizationType(), answer.countryCode());
    }

    /**
     * Why the registry's answer for one province refuses the donor: it knows no such organization, or the organization
     * is not eligible there that day. Empty when it is eligible.
     */
    static Optional<ApiException> refusal(UUID organizationId, String province, LocalDate on, DonorEligibility answer,
                                          Supplier<String> provinceName) {
        if (answer == null) {
            return Optional.of(ApiException.ruleBroken("ngo-registry-service knows no organization with id "
                    + organizationId + "."));
        }
        if (!answer.eligible()) {
            return Optional.of(ApiException.ruleBroken(answer.organizationName() + " is not eligible in province "
                    + province + " (" + provinceName.get() + ") on " + on + ": " + answer.reason()));
        }
        return Optional.empty();
    }

    /** The registry's current name, type and country of an organization; empty when the registry cannot say now. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    Optional<Donor> refresh(UUID organizationId) {
        try {
            return registry.organization(organizationId)
                    .map(o -> new Donor(o.id(), o.name(), o.type(), o.countryCode()));
        } catch (ApiException unavailable) {
            Log.warnf("Kept the stored name of donor %s: %s", organizationId, unavailable.getMessage());
            return Optional.empty();
        }
    }

    /** A donor outside the registry as given; a domestic benefactor's country is Vietnam unless given. */
    static Donor outsideRegistry(ProjectInput.Donor given) {
        if (given.name() == null || given.name().isBlank()) {
            throw ApiException.invalid("donor.name", "is required for a donor outside the registry (or give organizationId)");
        }
        DonorType type = Arrays.stream(DonorType.values()).filter(t -> t.name().equals(given.type())).findFirst()
                .orElseThrow(() -> ApiException.invalid("donor.type", "is required for a donor outside the registry: "
                        + "OVERSEAS_VIETNAMESE, EMBASSY, DOMESTIC or OTHER"));
        String country = given.countryCode() == null && type == DonorType.DOMESTIC ? "VN" : given.countryCode();
        return new Donor(null, given.name().trim(), type.name(), country);
    }
}
