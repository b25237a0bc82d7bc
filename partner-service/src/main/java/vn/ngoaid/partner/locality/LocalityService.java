package vn.ngoaid.partner.locality;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.common.api.Listing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LocalityService {

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "l.name", "countryCode", "l.countryCode", "level", "l.level",
            "createdAt", "l.createdAt", "updatedAt", "l.updatedAt");

    private final AuditTrail audit;

    public LocalityService(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * A coordinator or any province officer (the resource checks the roles) writes localities: they lie abroad and
     * belong to no province, so there is no province scope here.
     */
    @Transactional
    public LocalityView create(LocalityInput input) {
        checkParent(input, null);
        requireUniqueName(input, null);
        Locality locality = new Locality();
        apply(locality, input);
        locality.persistAndFlush();
        return audited("CREATE", LocalityView.of(locality));
    }

    @Transactional
    public LocalityView replace(UUID id, String ifMatch, LocalityInput input) {
        Locality locality = find(id);
        ETags.requireMatch(ifMatch, locality.version);
        checkParent(input, id);
        if (!locality.countryCode.equals(input.countryCode()) && Locality.count("parentId", id) > 0) {
            throw ApiException.ruleBroken("Locality " + id + " contains other localities in " + locality.countryCode
                    + "; it cannot move to " + input.countryCode() + " while they lie inside it.");
        }
        requireUniqueName(input, id);
        apply(locality, input);
        locality.flush();
        return audited("UPDATE", LocalityView.of(locality));
    }

    private LocalityView audited(String operation, LocalityView view) {
        audit.record("locality", view.id(), operation, view);
        return view;
    }

    public LocalityView get(UUID id) {
        return LocalityView.of(find(id));
    }

    public Locality find(UUID id) {
        Locality locality = Locality.findById(id);
        if (locality == null) {
            throw ApiException.notFound("locality", id);
        }
        return locality;
    }

    /** The locality another resource refers to: one that does not exist breaks a domain rule (422), it is not a 404. */
    public Locality requireReferenced(UUID id) {
        Locality locality = Locality.findById(id);
        if (locality == null) {
            throw ApiException.ruleBroken("There is no locality with id " + id + "; create it under /api/v1/localities first.");
        }
        return locality;
    }

    /** The localities with these ids, by id (for the views of a page of partnerships, agreements …); null ids are skipped. */
    public Map<UUID, Locality> byIds(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        Map<UUID, Locality> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            Locality.<Locality>list("id in ?1", wanted).forEach(l -> found.put(l.id, l));
        }
        return found;
    }

    /** The localities matching {@code filter} in this order: a page of them or all. */
    public Listing<Locality, LocalityView> listing(LocalityFilter filter, String orderBy) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.countryCode() != null) {
            where.add("l.countryCode = :country");
            params.and("country", filter.countryCode());
        }
        if (filter.level() != null) {
            where.add("l.level = :level");
            params.and("level", filter.level());
        }
        if (filter.parentId() != null) {
            where.add("l.parentId = :parent");
            params.and("parent", filter.parentId());
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("l.searchText like :q escape '\\'");
            params.and("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from Locality l" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> Locality.<Locality>find(query + " order by " + orderBy + ", l.id", params),
                () -> Locality.count("select count(l) " + query, params),
                found -> found.stream().map(LocalityView::of).toList());
    }

    /** The parent exists, is in the same country and (for an existing locality) does not lie inside it. */
    private void checkParent(LocalityInput input, UUID self) {
        if (input.parentId() == null) {
            return;
        }
        if (input.parentId().equals(self)) {
            throw ApiException.ruleBroken("A locality cannot be its own parent.");
        }
        Locality parent = Locality.findById(input.parentId());
        if (parent == null) {
            throw ApiException.ruleBroken("There is no locality with id " + input.parentId() + " to be the parent.");
        }
        if (!parent.countryCode.equals(input.countryCode())) {
            throw ApiException.ruleBroken("The parent locality " + parent.name + " is in " + parent.countryCode
                    + ", not in " + input.countryCode() + "; a locality lies inside a locality of its own country.");
        }
        if (self == null) {
            return;
        }
        // walk up from the new parent: meeting this locality means it would become its own ancestor
        Set<UUID> seen = new HashSet<>();
        for (Locality cursor = parent; cursor != null; cursor = cursor.parentId == null ? null : Locality.findById(cursor.parentId)) {
            if (cursor.id.equals(self)) {
                throw ApiException.ruleBroken("Locality " + parent.name + " lies inside this locality; making it the "
                        + "parent would make this locality its own ancestor.");
            }
            if (!seen.add(cursor.id)) {
                break;
            }
        }
    }

    private void requireUniqueName(LocalityInput input, UUID self) {
        String name = input.name().trim();
        Locality same = (input.parentId() == null
                ? Locality.<Locality>find("lower(name) = lower(?1) and countryCode = ?2 and parentId is null", name, input.countryCode())
                : Locality.<Locality>find("lower(name) = lower(?1) and countryCode = ?2 and parentId = ?3", name, input.countryCode(), input.parentId()))
                .firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ApiException.conflict("A locality named '" + same.name + "' in " + same.countryCode
                    + (same.parentId == null ? " at the top level" : " inside " + same.parentId)
                    + " already exists with id " + same.id + ".");
        }
    }

    private static void apply(Locality l, LocalityInput input) {
        l.name = input.name().trim();
        l.localName = Texts.blankToNull(input.localName());
        l.vietnameseName = Texts.blankToNull(input.vietnameseName());
        l.countryCode = input.countryCode();
        l.level = input.level();
        l.parentId = input.parentId();
    }
}
