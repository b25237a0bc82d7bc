package vn.ngoaid.partner.association;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A province's friendship association with the people of one country (hội hữu nghị Việt Nam – X). */
@Entity
public class FriendshipAssociation extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public String province;
    public String name;
    public String localName;
    public String counterpartCountry;
    public Integer members;
    public LocalDate founded;

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
        searchText = SearchText.of(name, localName);
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
