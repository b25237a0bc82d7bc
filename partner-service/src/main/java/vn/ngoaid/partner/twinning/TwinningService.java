package vn.ngoaid.partner.twinning;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.partner.locality.LocalityService;
import vn.ngoaid.partner.shared.LocalityLinkedService;
import vn.ngoaid.partner.shared.ProvinceRules;

import java.util.Map;

@ApplicationScoped
public class TwinningService extends LocalityLinkedService<Twinning, TwinningInput, TwinningView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "since", "t.since", "province", "t.province", "domesticUnit", "t.domesticName", "foreignUnit", "t.foreignName",
            "createdAt", "t.createdAt", "updatedAt", "t.updatedAt");

    private final ProvinceRules provinces;

    public TwinningService(LocalityService localities, ProvinceRules provinces) {
        super(Twinning.class, Twinning::new, "twinning", localities, t -> t.localityId, TwinningView::of);
        this.provinces = provinces;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Twinning, TwinningView> listing(TwinningFilter filter, String orderBy) {
        return listing("t", new Where()
                .equal("t.province", "province", filter.province())
                .add(localityIn("t"), "country", filter.countryCode())
                .equal("t.localityId", "locality", filter.localityId())
                .equal("t.domesticLevel", "level", filter.domesticLevel())
                .search(searchTextOrLocality("t"), filter.q()), orderBy);
    }

    @Override
    protected void check(Twinning record, TwinningInput input) {
        DomesticUnitLevel domestic = input.domesticUnit().level();
        ForeignUnitLevel foreign = input.foreignUnit().level();
        if (domestic == DomesticUnitLevel.VILLAGE && foreign != ForeignUnitLevel.VILLAGE
                || domestic == DomesticUnitLevel.COMMUNE && foreign != ForeignUnitLevel.TOWNSHIP) {
            throw ApiException.ruleBroken("Border twinning pairs a village with a village (bản–bản) or a commune with a "
                    + "township (xã–trấn), not a " + domestic + " with a " + foreign + ".");
        }
        provinces.requireInForce(input.province(), input.since());
        localities.requireReferenced(input.localityId());
        Twinning same = Twinning.<Twinning>find("province = ?1 and lower(domesticName) = lower(?2) and lower(foreignName) = lower(?3)",
                input.province(), input.domesticUnit().name().trim(), input.foreignUnit().name().trim()).firstResult();
        if (same != null && !same.id.equals(record.id)) {
            throw ApiException.conflict("Province " + input.province() + " already has the twinning " + same.domesticName
                    + " – " + same.foreignName + " (id " + same.id + ").");
        }
    }

    @Override
    protected void apply(Twinning t, TwinningInput input) {
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
