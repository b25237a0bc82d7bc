package vn.ngoaid.aid.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.aid.AidMetrics;
import vn.ngoaid.aid.aggregate.AggregateRollup;
import vn.ngoaid.aid.partner.PartnerLocalities;
import vn.ngoaid.aid.transaction.AidTransaction;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.api.Problem;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.time.Timestamps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static vn.ngoaid.common.text.Texts.blankToNull;

@ApplicationScoped
public class ProjectService {

    public static final Map<String, String> SORTABLE = Map.of(
            "code", "p.code", "title", "p.title", "startDate", "p.startDate", "approvalDate", "p.approvalDate",
            "status", "p.status", "createdAt", "p.createdAt", "updatedAt", "p.updatedAt");

    private final DonorCheck donors;
    private final PartnerLocalities localities;
    private final ProjectReads reads;
    private final ProjectCounts counts;
    private final ReferenceData reference;
    private final Caller caller;
    private final AuditTrail audit;
    private final AggregateRollup rollup;
    private final AidMetrics metrics;

    public ProjectService(DonorCheck donors, PartnerLocalities localities, ProjectReads reads, ProjectCounts counts, ReferenceData reference,
                          Caller caller, AuditTrail audit, AidMetrics metrics, AggregateRollup rollup) {
        this.donors = donors;
        this.localities = localities;
        this.reads = reads;
        this.counts = counts;
        this.reference = reference;
        this.caller = caller;
        this.audit = audit;
        this.metrics = metrics;
        this.rollup = rollup;
    }

    /**
     * A coordinator writes any project; a province officer only one all of whose provinces are its own (403 before
     * anything is read from other services or written).
     */
    @Transactional
    public ProjectView create(ProjectInput input) {
        return createInCurrentTransaction(input);
    }

    /**
     * {@link #create} in the caller's transaction, for a CSV import that creates many projects in one transaction and
     * carries on after a refused row: a {@code @Transactional} method that throws marks the whole transaction for
     * rollback. The caller must run in a transaction.
     */
    public ProjectView createInCurrentTransaction(ProjectInput input) {
        caller.requireWriteIn(provincesOf(input), "project " + input.code().trim());
        ProjectStatus status = ProjectRules.initialStatus(input.status(), input.approvalDecision());
        LocalDate checkedOn = validate(input, status);
        requireUniqueCode(input.code(), null);
        requireLocality(input.partnerLocalityId());
        Project project = new Project();
        apply(project, input, status);
        apply(project, donors.resolve(input.donor(), project.provinces(), checkedOn));
        project.persistAndFlush();
        if (!project.plannedDisbursements.isEmpty()) {
            // a plan is money of the aggregates before any is recorded
            rollup.rebuild(project.id);
        }
        metrics.projectCreated();
        return audited("CREATE", get(project.id));
    }

    @Transactional
    public ProjectView replace(UUID id, String ifMatch, ProjectInput input) {
        Project project = find(id);
        // both where it is and where the PUT would put it: an officer may not move a project out of its province
        Set<String> provinces = new HashSet<>(project.provinces());
        provinces.addAll(provincesOf(input));
        caller.requireWriteIn(provinces, "project " + project.code);
        ETags.requireMatch(ifMatch, project.version);
        ProjectStatus status = ProjectRules.statusAfter(project.status, input.status());
        LocalDate checkedOn = validate(input, status);
        requireUniqueCode(input.code(), id);
        if (!Objects.equals(project.partnerLocalityId, input.partnerLocalityId())) {
            requireLocality(input.partnerLocalityId());
        }
        ProjectRules.requireCurrencyKept(project, input.currency(), () -> AidTransaction.count("projectId", id) > 0);
        boolean recheck = !Objects.equals(project.donorOrganizationId, input.donor().organizationId())
                || !new HashSet<>(project.provinces()).equals(provincesOf(input))
                || !checkedOn.equals(ProjectRules.eligibilityDate(project.approvalDate, project.startDate, project.createdAt.atZone(Timestamps.VIETNAM).toLocalDate()));
        if (recheck || input.donor().organizationId() == null) {
            apply(project, donors.resolve(input.donor(), List.copyOf(provincesOf(input)), checkedOn));
        } else {
            donors.refresh(project.donorOrganizationId).ifPresent(donor -> apply(project, donor));
        }
        apply(project, input, status);
        project.flush();
        // its provinces, sectors, donor or status may have moved its money to other cells of the aggregates
        rollup.rebuild(id);
        return audited("UPDATE", get(id));
    }

    /** Records the write in the audit trail, in its transaction, with the project as answered. */
    private ProjectView audited(String operation, ProjectView view) {
        audit.record("project", view.id(), operation, view);
        return view;
    }

    /** The project as the API answers it, as stored (in a write's transaction: as flushed). */
    public ProjectView get(UUID id) {
        return reads.find(id).orElseThrow(() -> ApiException.notFound("project", id));
    }

    public Project find(UUID id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw ApiException.notFound("project", id);
        }
        return project;
    }

    /** The projects matching {@code filter} in this order, with their running totals: a page of them or all. */
    public Listing<UUID, ProjectView> listing(ProjectFilter filter, String orderBy) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.province() != null) {
            where.add("exists (select 1 from Project p2 join p2.locations l where p2.id = p.id and l.province = :province)");
            params.put("province", filter.province());
        }
        if (filter.sector() != null) {
            where.add("exists (select 1 from Project p2 join p2.sectors s where p2.id = p.id and s.code = :sector)");
            params.put("sector", filter.sector());
        }
        if (filter.organizationId() != null) {
            where.add("p.donorOrganizationId = :organization");
            params.put("organization", filter.organizationId());
        }
        if (filter.donorCountry() != null) {
            where.add("p.donorCountryCode = :donorCountry");
            params.put("donorCountry", filter.donorCountry());
        }
        if (filter.modality() != null) {
            where.add("p.modality = :modality");
            params.put("modality", filter.modality());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.approvalLevel() != null) {
            where.add("p.approvalLevel = :approvalLevel");
            params.put("approvalLevel", filter.approvalLevel());
        }
        if (filter.activeInYear() != null) {
            where.add("coalesce(p.startDate, p.approvalDate) <= :yearEnd and (p.endDate is null or p.endDate >= :yearStart)");
            params.put("yearStart", LocalDate.of(filter.activeInYear(), 1, 1));
            params.put("yearEnd", LocalDate.of(filter.activeInYear(), 12, 31));
        }
        if (filter.implementer() != null && !SearchText.fold(filter.implementer()).isEmpty()) {
            where.add("p.implementerText like :implementer escape '\\'");
            params.put("implementer", SearchText.containsPattern(filter.implementer()));
        }
        if (filter.ownerType() != null) {
            where.add("p.ownerType = :ownerType");
            params.put("ownerType", filter.ownerType());
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("p.searchText like :q escape '\\'");
            params.put("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from Project p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        // the page's ids, then their projects in one statement
        String count = "select count(p) " + query;
        return Listing.of(Project.class, UUID.class, "select p.id " + query + " order by " + orderBy + ", p.id", params,
                () -> counts.of(Map.of("count", count, "parameters", params), () -> Listing.count(Project.class, count, params)),
                reads::of);
    }

    /**
     * Field rules Bean Validation cannot express: {@link ProjectRules#fieldErrors}, then the provinces, read against
     * the list in force on the day the donor's eligibility is checked on. @return that day: the approval date, else
     * the start date, else today.
     */
    private LocalDate validate(ProjectInput input, ProjectStatus status) {
        List<Problem.FieldError> errors = new ArrayList<>(ProjectRules.fieldErrors(input, status));
        LocalDate checkedOn = ProjectRules.eligibilityDate(input.approvalDecision() == null ? null : input.approvalDecision().date(),
                input.startDate(), Timestamps.today());
        for (int i = 0; i < input.locations().size(); i++) {
            String province = input.locations().get(i).province();
            if (reference.provinceOn(province, checkedOn).isEmpty()) {
                errors.add(new Problem.FieldError("locations[" + i + "].province", province
                        + " is not a provincial unit in force on " + checkedOn + " (the approval date); since 2025-07-01 "
                        + "the 34 merged units' codes apply"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ProjectRules.requirePlanWithinYears(input);
        return checkedOn;
    }

    private static Set<String> provincesOf(ProjectInput input) {
        Set<String> provinces = new java.util.LinkedHashSet<>();
        input.locations().forEach(l -> provinces.add(l.province()));
        return provinces;
    }

    private void requireLocality(UUID localityId) {
        if (localityId != null && localities.find(localityId).isEmpty()) {
            throw ApiException.ruleBroken("partner-service knows no partner locality with id " + localityId + ".");
        }
    }

    /** The project with this code, whatever its case. */
    public Optional<Project> findByCode(String code) {
        return Project.<Project>find("upper(code) = upper(?1)", code.trim()).firstResultOptional();
    }

    /** The ids of the projects with these codes (in any case), keyed by the upper-case code; one query a thousand. */
    public Map<String, UUID> idsByCode(Collection<String> codes) {
        List<String> upper = codes.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).distinct().toList();
        Map<String, UUID> ids = new HashMap<>();
        for (int from = 0; from < upper.size(); from += 1000) {
            Project.find("select upper(p.code), p.id from Project p where upper(p.code) in ?1",
                            upper.subList(from, Math.min(upper.size(), from + 1000)))
                    .project(Object[].class).<Object[]>list()
                    .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
        }
        return ids;
    }

    private void requireUniqueCode(String code, UUID self) {
        Project same = findByCode(code).orElse(null);
        if (same != null && !same.id.equals(self)) {
            throw ApiException.conflict("Project code " + same.code + " is already used by project " + same.id + ".");
        }
    }

    private static void apply(Project p, DonorCheck.Donor donor) {
        p.donorOrganizationId = donor.organizationId();
        p.donorName = donor.name();
        p.donorType = donor.type();
        p.donorCountryCode = donor.countryCode();
    }

    private static void apply(Project p, ProjectInput input, ProjectStatus status) {
        p.code = input.code().trim();
        p.title = input.title().trim();
        p.localTitle = blankToNull(input.localTitle());
        p.modality = input.modality();
        replaceIfChanged(p.sectors, input.sectors().stream().map(s -> new SectorShare(s.code(), s.percentage())).toList(),
                s -> s.code + ":" + plain(s.percentage));
        replaceIfChanged(p.locations, input.locations().stream()
                        .map(l -> new Location(l.province(), blankToNull(l.district()), l.percentage())).toList(),
                l -> l.province + "/" + l.district + ":" + plain(l.percentage));
        p.approvalLevel = input.approvalLevel();
        ProjectInput.ApprovalDecision decision = input.approvalDecision();
        p.approvalNumber = decision == null ? null : decision.number().trim();
        p.approvalDate = decision == null ? null : decision.date();
        p.approvalAuthority = decision == null ? null : blankToNull(decision.authority());
        p.startDate = input.startDate();
        p.endDate = input.endDate();
        p.status = status;
        p.currency = input.currency();
        p.partnerLocalityId = input.partnerLocalityId();
        replaceIfChanged(p.plannedDisbursements, input.plan().stream()
                        .sorted(Comparator.comparing(ProjectInput.PlannedDisbursement::year))
                        .map(d -> new PlannedDisbursement(d.year(), d.amount())).toList(),
                d -> d.year + ":" + plain(d.amount));
        replaceIfChanged(p.implementers, input.implementedBy().stream()
                        .map(i -> new Implementer(i.name().trim(), blankToNull(i.localName()), i.type(), i.role())).toList(),
                i -> i.name + "/" + i.localName + "/" + i.type + "/" + i.role);
        p.ownerType = p.implementers.stream().filter(i -> i.role == ImplementerRole.PROJECT_OWNER)
                .map(i -> i.type).findFirst().orElse(null);
        p.implementerText = String.join(" | ", p.implementers.stream().map(i -> SearchText.of(i.name, i.localName)).toList());
    }

    /** Changes a collection only when its elements change: a PUT that changes nothing writes nothing (same ETag). */
    private static <T> void replaceIfChanged(List<T> stored, List<T> given, Function<T, String> key) {
        if (!stored.stream().map(key).toList().equals(given.stream().map(key).toList())) {
            stored.clear();
            stored.addAll(given);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
