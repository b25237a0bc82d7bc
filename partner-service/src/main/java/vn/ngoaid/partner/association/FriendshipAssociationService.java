package vn.ngoaid.partner.association;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.RecordService;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.text.Texts;

import java.util.Map;

@ApplicationScoped
public class FriendshipAssociationService
        extends RecordService<FriendshipAssociation, FriendshipAssociationInput, FriendshipAssociationView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "a.name", "province", "a.province", "counterpartCountry", "a.counterpartCountry",
            "members", "a.members", "founded", "a.founded", "createdAt", "a.createdAt", "updatedAt", "a.updatedAt");

    public FriendshipAssociationService() {
        super(FriendshipAssociation.class, FriendshipAssociation::new, "friendship association");
    }

    /** Filters of the list; null means "any". */
    public record Filter(String province, String counterpartCountry, String q) {
    }

    /** The associations matching {@code filter} in this order: a page of them or all. */
    public Listing<FriendshipAssociation, FriendshipAssociationView> listing(Filter filter, String orderBy) {
        return listing("a", new Where()
                .equal("a.province", "province", filter.province())
                .equal("a.counterpartCountry", "country", filter.counterpartCountry())
                .searchText("a", filter.q()), orderBy);
    }

    @Override
    protected void check(FriendshipAssociation record, FriendshipAssociationInput input) {
        FriendshipAssociation same = FriendshipAssociation.<FriendshipAssociation>find(
                "province = ?1 and lower(name) = lower(?2)", input.province(), input.name().trim()).firstResult();
        if (same != null && !same.id.equals(record.id)) {
            throw ApiException.conflict("Province " + same.province + " already has an association named '" + same.name
                    + "' with id " + same.id + ".");
        }
    }

    @Override
    protected void apply(FriendshipAssociation a, FriendshipAssociationInput input) {
        a.province = input.province();
        a.name = input.name().trim();
        a.localName = Texts.blankToNull(input.localName());
        a.counterpartCountry = input.counterpartCountry();
        a.members = input.members();
        a.founded = input.founded();
    }

    @Override
    protected FriendshipAssociationView view(FriendshipAssociation association) {
        return FriendshipAssociationView.of(association);
    }
}
