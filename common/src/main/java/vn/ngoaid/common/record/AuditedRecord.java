package vn.ngoaid.common.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.time.Timestamps;

import java.time.Instant;
import java.util.UUID;

/**
 * A record the API writes: its id, the optimistic-lock version that is its ETag, and who wrote it when, filled in on
 * every write from the caller of the request (columns {@code id}, {@code version}, {@code created_at},
 * {@code updated_at}, {@code created_by}, {@code updated_by}).
 */
@MappedSuperclass
public abstract class AuditedRecord extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;
    public String createdBy;
    public String updatedBy;

    /** True until the record is first written. */
    public boolean isNew() {
        return createdAt == null;
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        Instant now = Timestamps.now();
        String subject = Caller.currentSubject();
        if (createdAt == null) {
            createdAt = now;
            createdBy = subject;
        }
        updatedAt = now;
        updatedBy = subject;
    }
}
