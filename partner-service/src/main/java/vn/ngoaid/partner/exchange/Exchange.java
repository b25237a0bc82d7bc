package vn.ngoaid.partner.exchange;

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

/** One delegation or exchange activity, or a batch of them as a yearly report totals them. */
@Entity
public class Exchange extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public String province;

    @Enumerated(EnumType.STRING)
    public ExchangeDirection direction;

    public UUID localityId;
    public UUID organizationId;
    public String organizationName;
    public String organizationCountry;
    /** Without a locality: the organization's or the given country (null for a batch from several countries). */
    public String countryCode;

    public String title;
    public String purpose;
    public LocalDate startDate;
    public LocalDate endDate;
    public int delegations;
    public Integer participants;

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
        searchText = SearchText.of(title, purpose, organizationName);
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
