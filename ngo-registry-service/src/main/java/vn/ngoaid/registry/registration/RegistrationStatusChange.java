package vn.ngoaid.registry.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a registration's status history. */
@Entity
public class RegistrationStatusChange extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Registration registration;

    public int sequence;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    public String reason;
    public LocalDate effectiveOn;
    public Instant recordedAt;
    public String recordedBy;
}
