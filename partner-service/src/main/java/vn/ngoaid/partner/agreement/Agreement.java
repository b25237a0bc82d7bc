package vn.ngoaid.partner.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.time.Timestamps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An international agreement of a province with one counterpart: a locality, a registered organization or a named party. */
@Entity
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public String province;

    public UUID localityId;
    public UUID organizationId;
    /** The organization's name as the registry gave it, or the named party; null for a locality. */
    public String counterpartName;
    /** The organization's or the named party's country; null for a locality (its country is the locality's). */
    public String countryCode;

    public String title;
    public String localTitle;
    public LocalDate signedOn;
    public LocalDate validUntil;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public SignatoryLevel signatoryLevel;

    /** IN_FORCE or TERMINATED (never EXPIRED). */
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public String note;

    @Column(name = "search_text")
    String searchText;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;
    public String createdBy;
    public String updatedBy;

    /** The status shown today: TERMINATED stays; an agreement in force expires once its last valid day has passed. */
    public AgreementStatus statusOn(LocalDate today) {
        if (status == AgreementStatus.IN_FORCE && validUntil != null && today.isAfter(validUntil)) {
            return AgreementStatus.EXPIRED;
        }
        return status;
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        searchText = SearchText.of(title, localTitle, counterpartName, note);
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
