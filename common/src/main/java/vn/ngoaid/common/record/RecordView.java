package vn.ngoaid.common.record;

import vn.ngoaid.common.csv.CsvColumns;

import java.util.UUID;

/** What the API answers for a record: its id names it in a {@code Location}, its version is its ETag. */
public interface RecordView {

    UUID id();

    Stamps stamps();

    default long version() {
        return stamps().version();
    }

    /** A view's CSV export: its fields in order, nested ones flattened, lists joined with {@code |}; stamps last. */
    static <V extends Record & RecordView> CsvColumns<V> csv(Class<V> type) {
        return CsvColumns.ofComponents(type, "stamps").with(RecordView::stamps, Stamps.CSV);
    }
}
