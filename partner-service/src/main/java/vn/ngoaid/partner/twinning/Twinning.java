package vn.ngoaid.partner.twinning;

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

/** A border twinning of residential clusters (kết nghĩa cụm dân cư): village–village or commune–township. */
@Entity
public class Twinning extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public String province;

    public String domesticName;
    @Enumerated(EnumType.STRING)
    public DomesticUnitLevel domesticLevel;
    public String domesticDistrict;

    public String foreignName;
    @Enumerated(EnumType.STRING)
    public ForeignUnitLevel foreignLevel;

    public UUID localityId;
    public LocalDate since;
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
        searchText = SearchText.of(domesticName, domesticDistrict, foreignName, note);
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
