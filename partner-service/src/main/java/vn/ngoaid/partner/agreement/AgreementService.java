package vn.ngoaid.partner.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.common.time.Timestamps;
import vn.ngoaid.partner.locality.Locality;
import vn.ngoaid.partner.locality.LocalityService;
import vn.ngoaid.partner.shared.LocalityLinkedService;
import vn.ngoaid.partner.shared.Organizations;
import vn.ngoaid.partner.shared.ProvinceRules;
import vn.ngoaid.registryclient.RegisteredOrganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class AgreementService extends LocalityLinkedService<Agreement, AgreementInput, AgreementView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "signedOn", "a.signedOn", "validUntil", "a.validUntil", "title", "a.title", "province", "a.province",
            "createdAt", "a.createdAt", "updatedAt", "a.updatedAt");

    private final Organizations organizations;
    private final ProvinceRules provinces;

    public AgreementService(LocalityService localities, Organizations organizations, ProvinceRules provinces) {
        super(Agreement.class, Agreement::new, "agreement", localities, a -> a.localityId,
                (a, locality) -> AgreementView.of(a, locality, Timestamps.today()));
        this.organizations = organizations;
        this.provinces = provinces;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Agreement, AgreementView> listing(AgreementFilter filter, String orderBy) {
        LocalDate today = Timestamps.today();
        Where where = new Where()
                .equal("a.province", "province", filter.province())
                .add("(a.countryCode = :country or " + localityIn("a") + ")", "country", filter.countryCode())
                .equal("a.localityId", "locality", filter.localityId())
                .equal("a.organizationId", "organization", filter.organizationId());
        if (filter.status() != null) {
            switch (filter.status()) {
                case IN_FORCE -> where.add("a.status = 'IN_FORCE' and (a.validUntil is null or a.validUntil >= :today)",
                        "today", today);
                case EXPIRED -> where.add("a.status = 'IN_FORCE' and a.validUntil < :today", "today", today);
                case TERMINATED -> where.add("a.status = 'TERMINATED'");
            }
        }
        where.equal("a.signatoryLevel", "level", filter.signatoryLevel())
                .add("array_contains(a.sectors, :sector)", "sector", filter.sector())
                .atLeast("a.signedOn", "signedFrom", filter.signedFrom())
                .atMost("a.signedOn", "signedTo", filter.signedTo())
                .inYear("a.signedOn", filter.year())
                .search(searchTextOrLocality("a"), filter.q());
        return listing("a", where, orderBy, found -> views(found, (a, locality) -> AgreementView.of(a, locality, today)));
    }

    @Override
    protected void check(Agreement record, AgreementInput input) {
        if (input.validUntil() != null && input.validUntil().isBefore(input.signedOn())) {
            throw ApiException.invalid("validUntil", "must not be before signedOn");
        }
        // EXPIRED is what a GET answers once validUntil has passed: sent back, it is the IN_FORCE it derives from
        if (input.status() == AgreementStatus.EXPIRED
                && (input.validUntil() == null || !Timestamps.today().isAfter(input.validUntil()))) {
            throw ApiException.invalid("status", "must be IN_FORCE or TERMINATED; EXPIRED follows from validUntil");
        }
        AgreementInput.Counterpart c = input.counterpart();
        // with a locality or an organization, a name is theirs, as a GET answers it (checked when applied)
        int ids = (c.localityId() != null ? 1 : 0) + (c.organizationId() != null ? 1 : 0);
        int given = ids + (c.name() != null ? 1 : 0);
        if (ids > 1 || given == 0) {
            throw ApiException.invalid("counterpart", "must have exactly one of localityId, organizationId, name (it has "
                    + given + ")");
        }
        if (c.name() != null && c.name().isBlank()) {
            throw ApiException.invalid("counterpart.name", "must not be blank");
        }
        provinces.requireInForce(input.province(), input.signedOn());
    }

    /**
     * Points the agreement at its counterpart. A locality must exist here; an organization must exist in the registry,
     * asked over REST when it is new to this agreement, and its name and country are copied.
     */
    private void applyCounterpart(Agreement a, AgreementInput.Counterpart c) {
        if (c.localityId() != null) {
            Locality locality = localities.requireReferenced(c.localityId());
            requireOwnName(c.name(), locality.name);
            requireSameCountry(c.countryCode(), locality.countryCode, "locality " + locality.name);
            a.localityId = locality.id;
            a.organizationId = null;
            a.counterpartName = null;
            a.countryCode = null;
            return;
        }
        if (c.organizationId() != null) {
            if (!c.organizationId().equals(a.organizationId)) {
                RegisteredOrganization organization = organizations.require(c.organizationId());
                a.counterpartName = organization.name();
                a.countryCode = organization.countryCode();
            }
            requireOwnName(c.name(), a.counterpartName);
            requireSameCountry(c.countryCode(), a.countryCode, "organization " + a.counterpartName);
            a.organizationId = c.organizationId();
            a.localityId = null;
            return;
        }
        a.localityId = null;
        a.organizationId = null;
        a.counterpartName = c.name().trim();
        a.countryCode = c.countryCode();
    }

    /** A name sent with a locality or an organization is the one a GET answers: theirs. */
    private static void requireOwnName(String given, String actual) {
        if (given != null && !given.trim().equals(actual)) {
            throw ApiException.invalid("counterpart", "must have exactly one of localityId, organizationId, name: a name "
                    + "given with a locality or an organization is its own ('" + actual + "'), not '" + given + "'");
        }
    }

    static void requireSameCountry(String given, String actual, String what) {
        if (given != null && !Objects.equals(given, actual)) {
            throw ApiException.ruleBroken("The " + what + " is in " + actual + ", not in " + given
                    + "; leave countryCode out or give its own.");
        }
    }

    @Override
    protected void apply(Agreement a, AgreementInput input) {
        applyCounterpart(a, input.counterpart());
        a.province = input.province();
        a.title = input.title().trim();
        a.localTitle = Texts.blankToNull(input.localTitle());
        a.signedOn = input.signedOn();
        a.validUntil = input.validUntil();
        a.sectors = input.sectors() == null ? new ArrayList<>() : new ArrayList<>(input.sectors().stream().distinct().toList());
        a.signatoryLevel = input.signatoryLevel() == null ? SignatoryLevel.PROVINCIAL_PEOPLES_COMMITTEE : input.signatoryLevel();
        a.status = input.status() == null || input.status() == AgreementStatus.EXPIRED ? AgreementStatus.IN_FORCE
                : input.status();
        a.note = Texts.blankToNull(input.note());
    }
}
