package vn.ngoaid.aid.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import vn.ngoaid.common.record.SearchableRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An aid project (or programme, non-project aid, emergency relief) of one donor in one or more provinces. */
@Entity
public class Project extends SearchableRecord {

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
    public List<SectorShare> sectors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_location", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
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

    /** By year. */
    @ElementCollection
    @CollectionTable(name = "project_planned_disbursement", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<PlannedDisbursement> plannedDisbursements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_implementer", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Implementer> implementers = new ArrayList<>();

    /** The project owner's type, kept with the implementers for the list's filter and the aggregates' dimension. */
    @Enumerated(EnumType.STRING)
    public ImplementerType ownerType;
    /** The implementers' names, folded, for the list's filter {@code implementer}. */
    public String implementerText = "";

    @Override
    protected String[] searched() {
        return new String[] {code, title, localTitle, donorName};
    }

    public List<String> provinces() {
        return locations.stream().map(l -> l.province).distinct().toList();
    }
}
