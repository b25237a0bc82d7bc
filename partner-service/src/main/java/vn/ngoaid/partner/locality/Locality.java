package vn.ngoaid.partner.locality;

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
import java.util.UUID;

/** A foreign locality (province, prefecture, city, township, village …), inside its parent in the same country. */
@Entity
public class Locality extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public String name;
    public String localName;
    public String vietnameseName;
    public String countryCode;

    @Enumerated(EnumType.STRING)
    public LocalityLevel level;

    public UUID parentId;

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
        searchText = SearchText.of(name, localName, vietnameseName);
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
