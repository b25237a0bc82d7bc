package vn.ngoaid.partner.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.time.Timestamps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A province's standing relation with a foreign locality. */
@Entity
public class Partnership extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public String province;
    public UUID localityId;

    @Enumerated(EnumType.STRING)
    public PartnershipKind kind;

    public LocalDate since;
    public LocalDate until;

    @Enumerated(EnumType.STRING)
    public PartnershipStatus status;

    public String note;

    @Column(name = "search_text")
    String searchText;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;
    public String createdBy;
    public String updatedBy;

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        searchText = SearchText.of(note);
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
