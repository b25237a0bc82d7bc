package vn.ngoaid.registry.organization;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.api.Listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.ngoaid.common.text.Texts.blankToNull;

@ApplicationScoped
public class OrganizationService {

    private final AuditTrail audit;

    public OrganizationService(AuditTrail audit) {
        this.audit = audit;
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name", "countryCode", "o.countryCode", "type", "o.type",
            "createdAt", "o.createdAt", "updatedAt", "o.updatedAt");

    @Transactional
    public OrganizationView create(OrganizationInput input) {
        requireUniqueName(input, null);
        Organization organization = new Organization();
        apply(organization, input);
        organization.persistAndFlush();
        return audited("CREATE", OrganizationView.of(organization));
    }

    @Transactional
    public OrganizationView replace(UUID id, String ifMatch, OrganizationInput input) {
        Organization organization = find(id);
        ETags.requireMatch(ifMatch, organization.version);
        requireUniqueName(input, id);
        apply(organization, input);
        organization.flush();
        return audited("UPDATE", OrganizationView.of(organization));
    }

    private OrganizationView audited(String operation, OrganizationView view) {
        audit.record("organization", view.id(), operation, view);
        return view;
    }

    public OrganizationView get(UUID id) {
        return OrganizationView.of(find(id));
    }

    public Organization find(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ApiException.notFound("organization", id);
        }
        return organization;
    }

    /** The organizations matching {@code filter} in this order: a page of them or all. */
    public Listing<Organization, OrganizationView> listing(OrganizationFilter filter, String orderBy) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.country() != null) {
            where.add("o.countryCode = :country");
            params.and("country", filter.country());
        }
        if (filter.type() != null) {
            where.add("o.type = :type");
            params.and("type", filter.type());
        }
        if (filter.status() != null) {
            where.add("o.status = :status");
            params.and("status", filter.status());
        }
        if (filter.sector() != null) {
            where.add("array_contains(o.sectors, :sector)");
            params.and("sector", filter.sector());
        }
        if (filter.province() != null) {
            where.add("exists (from Registration r where r.organizationId = o.id and array_contains(r.provinces, :province))");
            params.and("province", filter.province());
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("o.searchText like :q escape '\\'");
            params.and("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from Organization o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> Organization.<Organization>find(query + " order by " + orderBy + ", o.id", params),
                () -> Organization.count("select count(o) " + query, params),
                found -> found.stream().map(OrganizationView::of).toList());
    }

    private void requireUniqueName(OrganizationInput input, UUID self) {
        Organization same = Organization.<Organization>find("lower(name) = lower(?1) and countryCode = ?2",
                input.name().trim(), input.countryCode()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ApiException.conflict("An organization named '" + same.name + "' in " + same.countryCode
                    + " is already registered with id " + same.id + ".");
        }
    }

    private static void apply(Organization o, OrganizationInput input) {
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

}
