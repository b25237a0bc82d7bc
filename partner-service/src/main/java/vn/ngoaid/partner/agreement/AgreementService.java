package vn.ngoaid.partner.agreement;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.time.Timestamps;
import vn.ngoaid.partner.locality.Locality;
import vn.ngoaid.partner.locality.LocalityService;
import vn.ngoaid.partner.shared.Organizations;
import vn.ngoaid.partner.shared.ProvinceRules;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.registryclient.RegisteredOrganization;
import vn.ngoaid.common.api.Listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class AgreementService {

    public static final Map<String, String> SORTABLE = Map.of(
            "signedOn", "a.signedOn", "validUntil", "a.validUntil", "title", "a.title", "province", "a.province",
            "createdAt", "a.createdAt", "updatedAt", "a.updatedAt");

    private final LocalityService localities;
    private final Organizations organizations;
    private final ProvinceRules provinces;
    private final Caller caller;
    private final AuditTrail audit;

    public AgreementService(LocalityService localities, Organizations organizations, ProvinceRules provinces,
                            Caller caller, AuditTrail audit) {
        this.localities = localities;
        this.organizations = organizations;
        this.provinces = provinces;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public AgreementView create(AgreementInput input) {
        caller.requireWriteIn(List.of(input.province()), "the agreement");
        checkFields(input);
        Agreement agreement = new Agreement();
        Locality locality = applyCounterpart(agreement, input.counterpart());
        apply(agreement, input);
        agreement.persistAndFlush();
        return audited("CREATE", AgreementView.of(agreement, locality, Timestamps.today()));
    }

    @Transactional
    public AgreementView replace(UUID id, String ifMatch, AgreementInput input) {
        Agreement agreement = find(id);
        // the stored province and the new one: a PUT may not move a record out of the officer's province
        caller.requireWriteIn(List.of(agreement.province, input.province()), "the agreement " + id);
        ETags.requireMatch(ifMatch, agreement.version);
        checkFields(input);
        Locality locality = applyCounterpart(agreement, input.counterpart());
        apply(agreement, input);
        agreement.flush();
        return audited("UPDATE", AgreementView.of(agreement, locality, Timestamps.today()));
    }

    private AgreementView audited(String operation, AgreementView view) {
        audit.record("agreement", view.id(), operation, view);
        return view;
    }

    public AgreementView get(UUID id) {
        Agreement agreement = find(id);
        return AgreementView.of(agreement, agreement.localityId == null ? null : Locality.findById(agreement.localityId),
                Timestamps.today());
    }

    Agreement find(UUID id) {
        Agreement agreement = Agreement.findById(id);
        if (agreement == null) {
            throw ApiException.notFound("agreement", id);
        }
        return agreement;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Agreement, AgreementView> listing(AgreementFilter filter, String orderBy) {
        LocalDate today = Timestamps.today();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.province() != null) {
            where.add("a.province = :province");
            params.and("province", filter.province());
        }
        if (filter.countryCode() != null) {
            where.add("(a.countryCode = :country or exists (from Locality l where l.id = a.localityId and l.countryCode = :country))");
            params.and("country", filter.countryCode());
        }
        if (filter.localityId() != null) {
            where.add("a.localityId = :locality");
            params.and("locality", filter.localityId());
        }
        if (filter.organizationId() != null) {
            where.add("a.organizationId = :organization");
            params.and("organization", filter.organizationId());
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case IN_FORCE -> where.add("a.status = 'IN_FORCE' and (a.validUntil is null or a.validUntil >= :today)");
                case EXPIRED -> where.add("a.status = 'IN_FORCE' and a.validUntil < :today");
                case TERMINATED -> where.add("a.status = 'TERMINATED'");
            }
            if (filter.status() != AgreementStatus.TERMINATED) {
                params.and("today", today);
            }
        }
        if (filter.signatoryLevel() != null) {
            where.add("a.signatoryLevel = :level");
            params.and("level", filter.signatoryLevel());
        }
        if (filter.sector() != null) {
            where.add("array_contains(a.sectors, :sector)");
            params.and("sector", filter.sector());
        }
        if (filter.signedFrom() != null) {
            where.add("a.signedOn >= :signedFrom");
            params.and("signedFrom", filter.signedFrom());
        }
        if (filter.signedTo() != null) {
            where.add("a.signedOn <= :signedTo");
            params.and("signedTo", filter.signedTo());
        }
        if (filter.year() != null) {
            where.add("a.signedOn >= :yearStart and a.signedOn <= :yearEnd");
            params.and("yearStart", LocalDate.of(filter.year(), 1, 1)).and("yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("(a.searchText like :q escape '\\' or exists (from Locality l where l.id = a.localityId "
                    + "and l.searchText like :q escape '\\'))");
            params.and("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from Agreement a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> Agreement.<Agreement>find(query + " order by " + orderBy + ", a.id", params),
                () -> Agreement.count("select count(a) " + query, params),
                found -> {
                    Map<UUID, Locality> byId = localities.byIds(found.stream().map(a -> a.localityId).toList());
                    return found.stream().map(a -> AgreementView.of(a, byId.get(a.localityId), today)).toList();
                });
    }

    private void checkFields(AgreementInput input) {
        if (input.validUntil() != null && input.validUntil().isBefore(input.signedOn())) {
            throw ApiException.invalid("validUntil", "must not be before signedOn");
        }
        if (input.status() == AgreementStatus.EXPIRED) {
            throw ApiException.invalid("status", "must be IN_FORCE or TERMINATED; EXPIRED follows from validUntil");
        }
        AgreementInput.Counterpart c = input.counterpart();
        int given = (c.localityId() != null ? 1 : 0) + (c.organizationId() != null ? 1 : 0) + (c.name() != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.invalid("counterpart", "must have exactly one of localityId, organizationId, name (it has "
                    + given + ")");
        }
        if (c.name() != null && c.name().isBlank()) {
            throw ApiException.invalid("counterpart.name", "must not be blank");
        }
        if (c.name() != null && c.countryCode() == null) {
            throw ApiException.invalid("counterpart.countryCode", "is required with a named counterpart");
        }
        provinces.requireInForce(input.province(), input.signedOn());
    }

    /**
     * Points the agreement at its counterpart. A locality must exist here; an organization must exist in the registry,
     * asked over REST when it is new to this agreement, and its name and country are copied.
     */
    private Locality applyCounterpart(Agreement a, AgreementInput.Counterpart c) {
        if (c.localityId() != null) {
            Locality locality = localities.requireReferenced(c.localityId());
            requireSameCountry(c.countryCode(), locality.countryCode, "locality " + locality.name);
            a.localityId = locality.id;
            a.organizationId = null;
            a.counterpartName = null;
            a.countryCode = null;
            return locality;
        }
        if (c.organizationId() != null) {
            if (!c.organizationId().equals(a.organizationId)) {
                RegisteredOrganization organization = organizations.require(c.organizationId());
                a.counterpartName = organization.name();
                a.countryCode = organization.countryCode();
            }
            requireSameCountry(c.countryCode(), a.countryCode, "organization " + a.counterpartName);
            a.organizationId = c.organizationId();
            a.localityId = null;
            return null;
        }
        a.localityId = null;
        a.organizationId = null;
        a.counterpartName = c.name().trim();
        a.countryCode = c.countryCode();
        return null;
    }

    static void requireSameCountry(String given, String actual, String what) {
        if (given != null && !Objects.equals(given, actual)) {
            throw ApiException.ruleBroken("The " + what + " is in " + actual + ", not in " + given
                    + "; leave countryCode out or give its own.");
        }
    }

    private static void apply(Agreement a, AgreementInput input) {
        a.province = input.province();
        a.title = input.title().trim();
        a.localTitle = Texts.blankToNull(input.localTitle());
        a.signedOn = input.signedOn();
        a.validUntil = input.validUntil();
        a.sectors = input.sectors() == null ? new ArrayList<>() : new ArrayList<>(input.sectors().stream().distinct().toList());
        a.signatoryLevel = input.signatoryLevel() == null ? SignatoryLevel.PROVINCIAL_PEOPLES_COMMITTEE : input.signatoryLevel();
        a.status = input.status() == null ? AgreementStatus.IN_FORCE : input.status();
        a.note = Texts.blankToNull(input.note());
    }
}
