package vn.ngoaid.partner.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.partner.locality.Locality;
import vn.ngoaid.partner.locality.LocalityService;
import vn.ngoaid.partner.shared.LocalityLinkedService;
import vn.ngoaid.partner.shared.Organizations;
import vn.ngoaid.partner.shared.ProvinceRules;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.registryclient.RegisteredOrganization;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.Where;

import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class ExchangeService extends LocalityLinkedService<Exchange, ExchangeInput, ExchangeView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "startDate", "e.startDate", "endDate", "e.endDate", "province", "e.province", "direction", "e.direction",
            "delegations", "e.delegations", "participants", "e.participants", "title", "e.title",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt");

    private final Organizations organizations;
    private final ProvinceRules provinces;

    public ExchangeService(LocalityService localities, Organizations organizations, ProvinceRules provinces) {
        super(Exchange.class, Exchange::new, "exchange", localities, e -> e.localityId, ExchangeView::of);
        this.organizations = organizations;
        this.provinces = provinces;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Exchange, ExchangeView> listing(ExchangeFilter filter, String orderBy) {
        return listing("e", new Where()
                .equal("e.province", "province", filter.province())
                .equal("e.direction", "direction", filter.direction())
                .add("(e.countryCode = :country or " + localityIn("e") + ")", "country", filter.countryCode())
                .equal("e.localityId", "locality", filter.localityId())
                .equal("e.organizationId", "organization", filter.organizationId())
                .atLeast("e.startDate", "fromDate", filter.fromDate())
                .atMost("e.startDate", "toDate", filter.toDate())
                .inYear("e.startDate", filter.year())
                .search(searchTextOrLocality("e"), filter.q()), orderBy);
    }

    @Override
    protected void check(Exchange record, ExchangeInput input) {
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw ApiException.invalid("endDate", "must not be before startDate");
        }
        int delegations = input.delegations() == null ? 1 : input.delegations();
        if (input.participants() != null && input.participants() < delegations) {
            throw ApiException.invalid("participants", "must be at least the number of delegations (" + delegations + ")");
        }
        if (delegations == 1 && input.localityId() == null && input.organizationId() == null && input.countryCode() == null) {
            throw ApiException.invalid("countryCode", "is required when neither localityId nor organizationId is given: "
                    + "a single delegation names where it came from or went to");
        }
        provinces.requireInForce(input.province(), input.startDate());
    }

    /** Checks the locality here and the organization in the registry (when new to this exchange), and sets the country. */
    private void applyCounterpart(Exchange e, ExchangeInput input) {
        Locality locality = input.localityId() == null ? null : localities.requireReferenced(input.localityId());
        if (input.organizationId() == null) {
            e.organizationId = null;
            e.organizationName = null;
            e.organizationCountry = null;
        } else if (!input.organizationId().equals(e.organizationId)) {
            RegisteredOrganization organization = organizations.require(input.organizationId());
            e.organizationId = input.organizationId();
            e.organizationName = organization.name();
            e.organizationCountry = organization.countryCode();
        }
        String derived = locality != null ? locality.countryCode : e.organizationCountry;
        String what = locality != null ? "locality " + locality.name : "organization " + e.organizationName;
        if (derived != null && input.countryCode() != null && !Objects.equals(derived, input.countryCode())) {
            throw ApiException.ruleBroken("The " + what + " is in " + derived + ", not in " + input.countryCode()
                    + "; leave countryCode out or give its own.");
        }
        e.localityId = input.localityId();
        e.countryCode = locality != null ? null : derived != null ? derived : input.countryCode();
    }

    @Override
    protected void apply(Exchange e, ExchangeInput input) {
        applyCounterpart(e, input);
        e.province = input.province();
        e.direction = input.direction();
        e.title = input.title().trim();
        e.purpose = Texts.blankToNull(input.purpose());
        e.startDate = input.startDate();
        e.endDate = input.endDate();
        e.delegations = input.delegations() == null ? 1 : input.delegations();
        e.participants = input.participants();
    }
}
