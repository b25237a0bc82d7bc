package vn.ngoaid.common.record;

import java.util.UUID;

/** What the API answers for a record: its id names it in a {@code Location}, its version is its ETag. */
public interface RecordView {

    UUID id();

    long version();
}
