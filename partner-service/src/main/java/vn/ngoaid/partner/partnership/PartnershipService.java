package vn.ngoaid.partner.partnership;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.partner.locality.Locality;
import vn.ngoaid.partner.locality.LocalityService;
import vn.ngoaid.partner.shared.ProvinceRules;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.common.api.Listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PartnershipService {

    public static final Map<String, String> SORTABLE = Map.of(
            "since", "p.since", "until", "p.until", "province", "p.province", "kind", "p.kind", "status", "p.status",
            "createdAt", "p.createdAt", "updatedAt", "p.updatedAt");

    private final LocalityService localities;
    private final ProvinceRules provinces;
    private final Caller caller;
    private final AuditTrail audit;

    public PartnershipService(LocalityService localities, ProvinceRules provinces, Caller caller, AuditTrail audit) {
        this.localities = localities;
        this.provinces = provinces;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public PartnershipView create(PartnershipInput input) {
        caller.requireWriteIn(List.of(input.province()), "the partnership");
        Locality locality = check(input, null);
        Partnership partnership = new Partnership();
        apply(partnership, input);
        partnership.persistAndFlush();
        return audited("CREATE", PartnershipView.of(partnership, locality));
    }

    @Transactional
    public PartnershipView replace(UUID id, String ifMatch, PartnershipInput input) {
        Partnership partnership = find(id);
        // the stored province and the new one: a PUT may not move a record out of the officer's province
        caller.requireWriteIn(List.of(partnership.province, input.province()), "the partnership " + id);
        ETags.requireMatch(ifMatch, partnership.version);
        Locality locality = check(input, id);
        apply(partnership, input);
        partnership.flush();
        return audited("UPDATE", PartnershipView.of(partnership, locality));
    }

    private PartnershipView audited(String operation, PartnershipView view) {
        audit.record("partnership", view.id(), operation, view);
        return view;
    }

    public PartnershipView get(UUID id) {
        Partnership partnership = find(id);
        return PartnershipView.of(partnership, Locality.findById(partnership.localityId));
    }

    Partnership find(UUID id) {
        Partnership partnership = Partnership.findById(id);
        if (partnership == null) {
            throw ApiException.notFound("partnership", id);
        }
        return partnership;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Partnership, PartnershipView> listing(PartnershipFilter filter, String orderBy) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.province() != null) {
            where.add("p.province = :province");
            params.and("province", filter.province());
        }
        if (filter.countryCode() != null) {
            where.add("exists (from Locality l where l.id = p.localityId and l.countryCode = :country)");
            params.and("country", filter.countryCode());
        }
        if (filter.localityId() != null) {
            where.add("p.localityId = :locality");
            params.and("locality", filter.localityId());
        }
        if (filter.kind() != null) {
            where.add("p.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("(p.searchText like :q escape '\\' or exists (from Locality l where l.id = p.localityId "
                    + "and l.searchText like :q escape '\\'))");
            params.and("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from Partnership p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> Partnership.<Partnership>find(query + " order by " + orderBy + ", p.id", params),
                () -> Partnership.count("select count(p) " + query, params),
                found -> {
                    Map<UUID, Locality> byId = localities.byIds(found.stream().map(p -> p.localityId).toList());
                    return found.stream().map(p -> PartnershipView.of(p, byId.get(p.localityId))).toList();
                });
    }

    private Locality check(PartnershipInput input, UUID self) {
        if (input.until() != null && input.until().isBefore(input.since())) {
            throw ApiException.invalid("until", "must not be before since");
        }
        provinces.requireInForce(input.province(), input.since());
        Locality locality = localities.requireReferenced(input.localityId());
        Partnership same = Partnership.<Partnership>find("province = ?1 and localityId = ?2 and kind = ?3",
                input.province(), input.localityId(), input.kind()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ApiException.conflict("Province " + input.province() + " already has a " + input.kind()
                    + " partnership with " + locality.name + " (id " + same.id + ").");
        }
        return locality;
    }

    private static void apply(Partnership p, PartnershipInput input) {
        p.province = input.province();
        p.localityId = input.localityId();
        p.kind = input.kind();
        p.since = input.since();
        p.until = input.until();
        p.status = input.status() == null ? PartnershipStatus.ACTIVE : input.status();
        p.note = Texts.blankToNull(input.note());
    }
}
