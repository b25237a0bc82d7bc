package vn.ngoaid.aid.transaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.time.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A commitment or disbursement of a project. Append-only: written once, never changed. */
@Entity
public class AidTransaction extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public UUID projectId;

    @Enumerated(EnumType.STRING)
    public TransactionType type;

    public LocalDate date;
    public BigDecimal amount;
    public String currency;
    public String description;
    public UUID correctsTransactionId;
    public Instant createdAt;
    /** Subject of the token that recorded it. */
    public String createdBy;

    @PrePersist
    void beforeInsert() {
        createdAt = Timestamps.now();
        createdBy = Caller.currentSubject();
    }

    @PreUpdate
    void neverUpdated() {
        throw new IllegalStateException("transaction " + id + " is append-only");
    }
}
