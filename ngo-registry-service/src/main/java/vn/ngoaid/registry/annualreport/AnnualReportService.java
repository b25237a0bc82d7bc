package vn.ngoaid.registry.annualreport;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.RecordService;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.common.time.Timestamps;
import vn.ngoaid.registry.organization.Organization;
import vn.ngoaid.registry.organization.OrganizationService;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static vn.ngoaid.common.text.Texts.blankToNull;

/** Annual reports on the record skeleton: one per organization and year, amended by PUT with If-Match, audited. */
@ApplicationScoped
public class AnnualReportService extends RecordService<AnnualReport, AnnualReportInput, AnnualReportView> {

    public static final Map<String, String> SORTABLE = Map.of(
            "year", "r.year", "submittedOn", "r.submittedOn", "createdAt", "r.createdAt", "updatedAt", "r.updatedAt");

    private final OrganizationService organizations;
    private final ReferenceData reference;
    private final ReportDue due;

    AnnualReportService(OrganizationService organizations, ReferenceData reference, ReportDue due) {
        super(AnnualReport.class, AnnualReport::new, "annual report");
        this.organizations = organizations;
        this.reference = reference;
        this.due = due;
    }

    /** Records the organization's report (404 for an unknown organization). */
    public AnnualReportView create(UUID organizationId, AnnualReportInput input) {
        requireOrganization(organizationId);
        AnnualReport report = new AnnualReport();
        report.organizationId = organizationId;
        return create(report, input);
    }

    /** 404 unless the organization exists. */
    public void requireOrganization(UUID organizationId) {
        organizations.find(organizationId);
    }

    /** The reports matching {@code filter} in this order: a page of them or all. */
    public Listing<AnnualReport, AnnualReportView> listing(AnnualReportFilter filter, String orderBy) {
        Where where = new Where()
                .equal("r.year", "year", filter.year())
                .equal("r.organizationId", "organizationId", filter.organizationId())
                .add("exists (select 1 from r.provinces p where p.province = :province)", "province", filter.province());
        if (filter.timeliness() != null) {
            String dueDay = "make_date(r.year + 1, " + due.month() + ", " + due.day() + ")";
            where.add("r.submittedOn " + (filter.timeliness() == Timeliness.ON_TIME ? "<= " : "> ") + dueDay);
        }
        return listing("r", where, orderBy);
    }

    @Override
    protected void check(AnnualReport report, AnnualReportInput input) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.provinces().size(); i++) {
            String province = input.provinces().get(i).province();
            if (!seen.add(province)) {
                throw ApiException.invalid("provinces[" + i + "].province", province + " appears twice; give one line per province");
            }
            LocalDate first = LocalDate.of(input.year(), 1, 1);
            LocalDate last = LocalDate.of(input.year(), 12, 31);
            if (reference.provinceOn(province, first).isEmpty() && reference.provinceOn(province, last).isEmpty()) {
                throw ApiException.ruleBroken("Province " + province + " was not a provincial unit in " + input.year()
                        + "; report it under the code in force that year.");
            }
        }
        if (input.submittedOn().getYear() < input.year()) {
            throw ApiException.ruleBroken("A report of " + input.year() + " cannot have been submitted on "
                    + input.submittedOn() + ", before the year began.");
        }
        if (input.submittedOn().isAfter(Timestamps.today())) {
            throw ApiException.ruleBroken("submittedOn " + input.submittedOn() + " is in the future.");
        }
        AnnualReport same = AnnualReport.<AnnualReport>find("organizationId = ?1 and year = ?2",
                report.organizationId, input.year()).firstResult();
        if (same != null && !same.id.equals(report.id)) {
            throw ApiException.conflict("The organization's report of " + input.year() + " is already recorded as "
                    + same.id + "; amend it with PUT.");
        }
    }

    @Override
    protected void apply(AnnualReport report, AnnualReportInput input) {
        report.year = input.year();
        report.submittedOn = input.submittedOn();
        report.note = blankToNull(input.note());
        // the same lines again leave the collection untouched, so a GET sent back by PUT keeps its version
        List<AnnualReport.ProvinceLine> lines = input.provinces().stream().map(ReportedProvince::line).toList();
        if (!AnnualReport.ProvinceLine.same(report.provinces, lines)) {
            report.provinces.clear();
            report.provinces.addAll(lines);
        }
    }

    @Override
    protected AnnualReportView view(AnnualReport report) {
        return AnnualReportView.of(report, organizations.find(report.organizationId).name, due);
    }

    /** A page's views, with their organizations' names read in one query. */
    @Override
    protected List<AnnualReportView> views(List<AnnualReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = Organization.<Organization>list("id in ?1",
                        reports.stream().map(r -> r.organizationId).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
        return reports.stream().map(r -> AnnualReportView.of(r, names.get(r.organizationId), due)).toList();
    }
}
