package vn.ngoaid.partner.association;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.common.api.Listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FriendshipAssociationService {

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "a.name", "province", "a.province", "counterpartCountry", "a.counterpartCountry",
            "members", "a.members", "founded", "a.founded", "createdAt", "a.createdAt", "updatedAt", "a.updatedAt");

    private final Caller caller;
    private final AuditTrail audit;

    public FriendshipAssociationService(Caller caller, AuditTrail audit) {
        this.caller = caller;
        this.audit = audit;
    }

    /** Filters of the list; null means "any". */
    public record Filter(String province, String counterpartCountry, String q) {
    }

    @Transactional
    public FriendshipAssociationView create(FriendshipAssociationInput input) {
        caller.requireWriteIn(List.of(input.province()), "the friendship association");
        requireUniqueName(input, null);
        FriendshipAssociation association = new FriendshipAssociation();
        apply(association, input);
        association.persistAndFlush();
        return audited("CREATE", FriendshipAssociationView.of(association));
    }

    @Transactional
    public FriendshipAssociationView replace(UUID id, String ifMatch, FriendshipAssociationInput input) {
        FriendshipAssociation association = find(id);
        // the stored province and the new one: a PUT may not move a record out of the officer's province
        caller.requireWriteIn(List.of(association.province, input.province()), "the friendship association " + id);
        ETags.requireMatch(ifMatch, association.version);
        requireUniqueName(input, id);
        apply(association, input);
        association.flush();
        return audited("UPDATE", FriendshipAssociationView.of(association));
    }

    private FriendshipAssociationView audited(String operation, FriendshipAssociationView view) {
        audit.record("friendship-association", view.id(), operation, view);
        return view;
    }

    public FriendshipAssociationView get(UUID id) {
        return FriendshipAssociationView.of(find(id));
    }

    FriendshipAssociation find(UUID id) {
        FriendshipAssociation association = FriendshipAssociation.findById(id);
        if (association == null) {
            throw ApiException.notFound("friendship association", id);
        }
        return association;
    }

    /** The associations matching {@code filter} in this order: a page of them or all. */
    public Listing<FriendshipAssociation, FriendshipAssociationView> listing(Filter filter, String orderBy) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.province() != null) {
            where.add("a.province = :province");
            params.and("province", filter.province());
        }
        if (filter.counterpartCountry() != null) {
            where.add("a.counterpartCountry = :country");
            params.and("country", filter.counterpartCountry());
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("a.searchText like :q escape '\\'");
            params.and("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from FriendshipAssociation a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> FriendshipAssociation.<FriendshipAssociation>find(query + " order by " + orderBy + ", a.id", params),
                () -> FriendshipAssociation.count("select count(a) " + query, params),
                found -> found.stream().map(FriendshipAssociationView::of).toList());
    }

    private void requireUniqueName(FriendshipAssociationInput input, UUID self) {
        FriendshipAssociation same = FriendshipAssociation.<FriendshipAssociation>find(
                "province = ?1 and lower(name) = lower(?2)", input.province(), input.name().trim()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ApiException.conflict("Province " + same.province + " already has an association named '" + same.name
                    + "' with id " + same.id + ".");
        }
    }

    private static void apply(FriendshipAssociation a, FriendshipAssociationInput input) {
        a.province = input.province();
        a.name = input.name().trim();
        a.localName = Texts.blankToNull(input.localName());
        a.counterpartCountry = input.counterpartCountry();
        a.members = input.members();
        a.founded = input.founded();
    }
}
