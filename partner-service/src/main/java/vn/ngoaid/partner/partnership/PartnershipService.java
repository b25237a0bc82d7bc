package vn.ngoaid.partner.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.partner.locality.Locality;
import vn.ngoaid.partner.locality.LocalityService;
import vn.ngoaid.partner.shared.LocalityLinkedService;
import vn.ngoaid.partner.shared.ProvinceRules;

import java.util.Map;

@ApplicationScoped
public class PartnershipService extends LocalityLinkedService<Partnership, PartnershipInput, PartnershipView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "since", "p.since", "until", "p.until", "province", "p.province", "kind", "p.kind", "status", "p.status",
            "createdAt", "p.createdAt", "updatedAt", "p.updatedAt");

    private final ProvinceRules provinces;

    public PartnershipService(LocalityService localities, ProvinceRules provinces) {
        super(Partnership.class, Partnership::new, "partnership", localities, p -> p.localityId, PartnershipView::of);
        this.provinces = provinces;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Partnership, PartnershipView> listing(PartnershipFilter filter, String orderBy) {
        return listing("p", new Where()
                .equal("p.province", "province", filter.province())
                .add(localityIn("p"), "country", filter.countryCode())
                .equal("p.localityId", "locality", filter.localityId())
                .equal("p.kind", "kind", filter.kind())
                .equal("p.status", "status", filter.status())
                .search(searchTextOrLocality("p"), filter.q()), orderBy);
    }

    @Override
    protected void check(Partnership record, PartnershipInput input) {
        if (input.until() != null && input.until().isBefore(input.since())) {
            throw ApiException.invalid("until", "must not be before since");
        }
        provinces.requireInForce(input.province(), input.since());
        Locality locality = localities.requireReferenced(input.localityId());
        Partnership same = Partnership.<Partnership>find("province = ?1 and localityId = ?2 and kind = ?3",
                input.province(), input.localityId(), input.kind()).firstResult();
        if (same != null && !same.id.equals(record.id)) {
            throw ApiException.conflict("Province " + input.province() + " already has a " + input.kind()
                    + " partnership with " + locality.name + " (id " + same.id + ").");
        }
    }

    @Override
    protected void apply(Partnership p, PartnershipInput input) {
        p.province = input.province();
        p.localityId = input.localityId();
        p.kind = input.kind();
        p.since = input.since();
        p.until = input.until();
        p.status = input.status() == null ? PartnershipStatus.ACTIVE : input.status();
        p.note = Texts.blankToNull(input.note());
    }
}
