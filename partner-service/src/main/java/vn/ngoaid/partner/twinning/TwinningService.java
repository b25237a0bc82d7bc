package vn.ngoaid.partner.twinning;

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
public class TwinningService {

    public static final Map<String, String> SORTABLE = Map.of(
            "since", "t.since", "province", "t.province", "domesticUnit", "t.domesticName", "foreignUnit", "t.foreignName",
            "createdAt", "t.createdAt", "updatedAt", "t.updatedAt");

    private final LocalityService localities;
    private final ProvinceRules provinces;
    private final Caller caller;
    private final AuditTrail audit;

    public TwinningService(LocalityService localities, ProvinceRules provinces, Caller caller, AuditTrail audit) {
        this.localities = localities;
        this.provinces = provinces;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public TwinningView create(TwinningInput input) {
        caller.requireWriteIn(List.of(input.province()), "the twinning");
        Locality locality = check(input, null);
        Twinning twinning = new Twinning();
        apply(twinning, input);
        twinning.persistAndFlush();
        return audited("CREATE", TwinningView.of(twinning, locality));
    }

    @Transactional
    public TwinningView replace(UUID id, String ifMatch, TwinningInput input) {
        Twinning twinning = find(id);
        // the stored province and the new one: a PUT may not move a record out of the officer's province
        caller.requireWriteIn(List.of(twinning.province, input.province()), "the twinning " + id);
        ETags.requireMatch(ifMatch, twinning.version);
        Locality locality = check(input, id);
        apply(twinning, input);
        twinning.flush();
        return audited("UPDATE", TwinningView.of(twinning, locality));
    }

    private TwinningView audited(String operation, TwinningView view) {
        audit.record("twinning", view.id(), operation, view);
        return view;
    }

    public TwinningView get(UUID id) {
        Twinning twinning = find(id);
        return TwinningView.of(twinning, Locality.findById(twinning.localityId));
    }

    Twinning find(UUID id) {
        Twinning twinning = Twinning.findById(id);
        if (twinning == null) {
            throw ApiException.notFound("twinning", id);
        }
        return twinning;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Twinning, TwinningView> listing(TwinningFilter filter, String orderBy) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.province() != null) {
            where.add("t.province = :province");
            params.and("province", filter.province());
        }
        if (filter.countryCode() != null) {
            where.add("exists (from Locality l where l.id = t.localityId and l.countryCode = :country)");
            params.and("country", filter.countryCode());
        }
        if (filter.localityId() != null) {
            where.add("t.localityId = :locality");
            params.and("locality", filter.localityId());
        }
        if (filter.domesticLevel() != null) {
            where.add("t.domesticLevel = :level");
            params.and("level", filter.domesticLevel());
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("(t.searchText like :q escape '\\' or exists (from Locality l where l.id = t.localityId "
                    + "and l.searchText like :q escape '\\'))");
            params.and("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from Twinning t" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> Twinning.<Twinning>find(query + " order by " + orderBy + ", t.id", params),
                () -> Twinning.count("select count(t) " + query, params),
                found -> {
                    Map<UUID, Locality> byId = localities.byIds(found.stream().map(t -> t.localityId).toList());
                    return found.stream().map(t -> TwinningView.of(t, byId.get(t.localityId))).toList();
                });
    }

    private Locality check(TwinningInput input, UUID self) {
        DomesticUnitLevel domestic = input.domesticUnit().level();
        ForeignUnitLevel foreign = input.foreignUnit().level();
        if (domestic == DomesticUnitLevel.VILLAGE && foreign != ForeignUnitLevel.VILLAGE
                || domestic == DomesticUnitLevel.COMMUNE && foreign != ForeignUnitLevel.TOWNSHIP) {
            throw ApiException.ruleBroken("Border twinning pairs a village with a village (bản–bản) or a commune with a "
                    + "township (xã–trấn), not a " + domestic + " with a " + foreign + ".");
        }
        provinces.requireInForce(input.province(), input.since());
        Locality locality = localities.requireReferenced(input.localityId());
        Twinning same = Twinning.<Twinning>find("province = ?1 and lower(domesticName) = lower(?2) and lower(foreignName) = lower(?3)",
                input.province(), input.domesticUnit().name().trim(), input.foreignUnit().name().trim()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ApiException.conflict("Province " + input.province() + " already has the twinning " + same.domesticName
                    + " – " + same.foreignName + " (id " + same.id + ").");
        }
        return locality;
    }

    private static void apply(Twinning t, TwinningInput input) {
        t.province = input.province();
        t.domesticName = input.domesticUnit().name().trim();
        t.domesticLevel = input.domesticUnit().level();
        t.domesticDistrict = Texts.blankToNull(input.domesticUnit().district());
        t.foreignName = input.foreignUnit().name().trim();
        t.foreignLevel = input.foreignUnit().level();
        t.localityId = input.localityId();
        t.since = input.since();
        t.note = Texts.blankToNull(input.note());
    }
}
