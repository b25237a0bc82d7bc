package vn.ngoaid.partner.locality;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.RecordService;
import vn.ngoaid.common.record.Where;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A coordinator or any province officer (the resource checks the roles) writes localities: they lie abroad and
 * belong to no province, so there is no province scope here.
 */
@ApplicationScoped
public class LocalityService extends RecordService<Locality, LocalityInput, LocalityView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "l.name", "countryCode", "l.countryCode", "level", "l.level",
            "createdAt", "l.createdAt", "updatedAt", "l.updatedAt");

    public LocalityService() {
        super(Locality.class, Locality::new, "locality");
    }

    @Override
    protected void check(Locality locality, LocalityInput input) {
        checkParent(input, locality.isNew() ? null : locality.id);
        if (!locality.isNew() && !locality.countryCode.equals(input.countryCode())
                && Locality.count("parentId", locality.id) > 0) {
            throw ApiException.ruleBroken("Locality " + locality.id + " contains other localities in " + locality.countryCode
                    + "; it cannot move to " + input.countryCode() + " while they lie inside it.");
        }
        requireUniqueName(input, locality.id);
    }

    @Override
    protected LocalityView view(Locality locality) {
        return LocalityView.of(locality);
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
        return listing("l", new Where()
                .equal("l.countryCode", "country", filter.countryCode())
                .equal("l.level", "level", filter.level())
                .equal("l.parentId", "parent", filter.parentId())
                .searchText("l", filter.q()), orderBy);
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

    @Override
    protected void apply(Locality l, LocalityInput input) {
        l.name = input.name().trim();
        l.localName = Texts.blankToNull(input.localName());
        l.vietnameseName = Texts.blankToNull(input.vietnameseName());
        l.countryCode = input.countryCode();
        l.level = input.level();
        l.parentId = input.parentId();
    }
}
