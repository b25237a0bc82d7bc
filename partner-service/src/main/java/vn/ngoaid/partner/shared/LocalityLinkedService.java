package vn.ngoaid.partner.shared;

import vn.ngoaid.common.record.AuditedRecord;
import vn.ngoaid.common.record.RecordService;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.partner.locality.Locality;
import vn.ngoaid.partner.locality.LocalityService;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record type whose records may name a foreign locality: their views show its name and country, looked up once
 * for a whole page.
 */
public abstract class LocalityLinkedService<E extends AuditedRecord, I, V extends RecordView> extends RecordService<E, I, V> {

    protected final LocalityService localities;
    private final Function<E, UUID> localityId;
    private final BiFunction<E, Locality, V> view;

    protected LocalityLinkedService(Class<E> type, Supplier<E> factory, String name, LocalityService localities,
                                    Function<E, UUID> localityId, BiFunction<E, Locality, V> view) {
        super(type, factory, name);
        this.localities = localities;
        this.localityId = localityId;
        this.view = view;
    }

    /** Only for the client proxy CDI makes of a subclass. */
    protected LocalityLinkedService() {
        this(null, null, null, null, null, null);
    }

    /** The condition that the record's locality lies in {@code :country}; {@code alias} names the record. */
    protected static String localityIn(String alias) {
        return "exists (from Locality l where l.id = " + alias + ".localityId and l.countryCode = :country)";
    }

    /** The condition that {@code :q} matches the record's search text or its locality's names. */
    protected static String searchTextOrLocality(String alias) {
        return "(" + alias + ".searchText like :q escape '\\' or exists (from Locality l where l.id = " + alias
                + ".localityId and l.searchText like :q escape '\\'))";
    }

    @Override
    protected V view(E record) {
        UUID id = localityId.apply(record);
        return view.apply(record, id == null ? null : Locality.findById(id));
    }

    @Override
    protected List<V> views(List<E> records) {
        return views(records, view);
    }

    protected List<V> views(List<E> records, BiFunction<E, Locality, V> view) {
        Map<UUID, Locality> byId = localities.byIds(records.stream().map(localityId).toList());
        return records.stream().map(r -> view.apply(r, byId.get(localityId.apply(r)))).toList();
    }
}
