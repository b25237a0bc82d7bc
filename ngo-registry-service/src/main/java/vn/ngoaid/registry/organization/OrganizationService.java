package vn.ngoaid.registry.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.RecordService;
import vn.ngoaid.common.record.Where;

import java.util.ArrayList;
import java.util.Map;

import static vn.ngoaid.common.text.Texts.blankToNull;

@ApplicationScoped
public class OrganizationService extends RecordService<Organization, OrganizationInput, OrganizationView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name", "countryCode", "o.countryCode", "type", "o.type",
            "createdAt", "o.createdAt", "updatedAt", "o.updatedAt");

    public OrganizationService() {
        super(Organization.class, Organization::new, "organization");
    }

    /** The organizations matching {@code filter} in this order: a page of them or all. */
    public Listing<Organization, OrganizationView> listing(OrganizationFilter filter, String orderBy) {
        return listing("o", new Where()
                .equal("o.countryCode", "country", filter.country())
                .equal("o.type", "type", filter.type())
                .equal("o.status", "status", filter.status())
                .add("array_contains(o.sectors, :sector)", "sector", filter.sector())
                .add("exists (from Registration r where r.organizationId = o.id and array_contains(r.provinces, :province))",
                        "province", filter.province())
                .searchText("o", filter.q()), orderBy);
    }

    @Override
    protected void check(Organization organization, OrganizationInput input) {
        Organization same = Organization.<Organization>find("lower(name) = lower(?1) and countryCode = ?2",
                input.name().trim(), input.countryCode()).firstResult();
        if (same != null && !same.id.equals(organization.id)) {
            throw ApiException.conflict("An organization named '" + same.name + "' in " + same.countryCode
                    + " is already registered with id " + same.id + ".");
        }
    }

    @Override
    protected void apply(Organization o, OrganizationInput input) {
        o.name = input.name().trim();
        o.localName = blankToNull(input.localName());
        o.acronym = blankToNull(input.acronym());
        o.countryCode = input.countryCode();
        o.type = input.type();
        o.headquarters = blankToNull(input.headquarters());
        o.website = blankToNull(input.website());
        o.email = blankToNull(input.email());
        o.sectors = input.sectors() == null ? new ArrayList<>() : new ArrayList<>(input.sectors().stream().distinct().toList());
        o.status = input.status() == null ? OrganizationStatus.ACTIVE : input.status();
    }

    @Override
    protected OrganizationView view(Organization organization) {
        return OrganizationView.of(organization);
    }
}
