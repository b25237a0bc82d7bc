package vn.ngoaid.aid.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.time.Timestamps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An aid project (or programme, non-project aid, emergency relief) of one donor in one or more provinces. */
@Entity
public class Project extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    public String code;
    public String title;
    public String localTitle;

    /** Set for a registered organization; its name, type and country are copies from ngo-registry-service. */
    public UUID donorOrganizationId;
    public String donorName;
    /** The registry's organization type (INGO, MULTILATERAL …) or a {@link DonorType} for a donor outside it. */
    public String donorType;
    public String donorCountryCode;

    @Enumerated(EnumType.STRING)
    public Modality modality;

    @ElementCollection
    @CollectionTable(name = "project_sector", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    public List<SectorShare> sectors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_location", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    public List<Location> locations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ApprovalLevel approvalLevel;
    public String approvalNumber;
    public LocalDate approvalDate;
    public String approvalAuthority;

    public LocalDate startDate;
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    public String currency;
    public UUID partnerLocalityId;

    @Column(name = "search_text")
    String searchText;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;
    /** Subject of the token that created the project. */
    public String createdBy;
    /** Subject of the token that changed it last. */
    public String updatedBy;

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        searchText = SearchText.of(code, title, localTitle, donorName);
        Instant now = Timestamps.now();
        String subject = Caller.currentSubject();
        if (createdAt == null) {
            createdAt = now;
            createdBy = subject;
        }
        updatedAt = now;
        updatedBy = subject;
    }

    public List<String> provinces() {
        return locations.stream().map(l -> l.province).distinct().toList();
    }
}
