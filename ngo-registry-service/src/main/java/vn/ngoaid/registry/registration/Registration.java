package vn.ngoaid.registry.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ngoaid.common.record.AuditedRecord;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.time.Timestamps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A registration certificate of an organization, with the provinces and sectors it covers. */
@Entity
public class Registration extends AuditedRecord {

    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public RegistrationKind kind;

    public String certificateNumber;
    public String issuedBy;
    public LocalDate issuedOn;
    public LocalDate validFrom;
    public LocalDate validUntil;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> provinces = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors = new ArrayList<>();

    /** The status recorded last (never EXPIRED). */
    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    @BatchSize(size = 200)
    public List<RegistrationStatusChange> history = new ArrayList<>();

    /** The status shown today: REVOKED stays REVOKED; otherwise EXPIRED once the last valid day has passed. */
    public RegistrationStatus statusOn(LocalDate today) {
        if (status != RegistrationStatus.REVOKED && today.isAfter(validUntil)) {
            return RegistrationStatus.EXPIRED;
        }
        return status;
    }

    /** The history entry in effect on {@code date}, if the registration had begun by then. */
    public Optional<RegistrationStatusChange> changeInEffectOn(LocalDate date) {
        RegistrationStatusChange found = null;
        for (RegistrationStatusChange change : history) {
            if (!change.effectiveOn.isAfter(date)) {
                found = change;
            }
        }
        return Optional.ofNullable(found);
    }

    public RegistrationStatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    void record(RegistrationStatus newStatus, String reason, LocalDate effectiveOn) {
        RegistrationStatusChange change = new RegistrationStatusChange();
        change.registration = this;
        change.sequence = history.size();
        change.status = newStatus;
        change.reason = reason;
        change.effectiveOn = effectiveOn;
        change.recordedAt = Timestamps.now();
        change.recordedBy = Caller.currentSubject();
        history.add(change);
        status = newStatus;
    }
}
