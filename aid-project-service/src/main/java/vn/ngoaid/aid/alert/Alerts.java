package vn.ngoaid.aid.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.common.time.Timestamps;
import vn.ngoaid.registryclient.MissingReports;
import vn.ngoaid.registryclient.NgoRegistry;
import vn.ngoaid.registryclient.RegisteredOrganization;
import vn.ngoaid.registryclient.RegistrationRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The approved and ongoing projects at risk, one alert per project, province and reason. What this service knows
 * (disbursements, dates) is read in SQL; what the registry knows (registrations, missing annual reports) is asked once
 * per question for every project together, and only when an asked kind needs it. A registry that cannot answer makes
 * the whole answer a 503 ({@link NgoRegistry}), never a list silently short of its registration alerts.
 */
@ApplicationScoped
public class Alerts {

    /** How long an ongoing project may go without a disbursement. */
    static final int STALLED_AFTER_MONTHS = 12;

    public record Question(String province, AlertKind kind, UUID organizationId, int withinDays) {
    }

    /** One province of an approved or ongoing project, with what the alerts read of it. */
    record ProjectInProvince(UUID projectId, String code, UUID organizationId, String donorType, String status,
                             LocalDate startDate, LocalDate endDate, String province, LocalDate lastDisbursed) {

        boolean registered() {
            return organizationId != null && RegisteredOrganization.NEEDING_REGISTRATION.contains(donorType);
        }

        boolean runningIn(int year) {
            return startDate != null && startDate.getYear() <= year && (endDate == null || endDate.getYear() >= year);
        }
    }

    private final EntityManager em;
    private final NgoRegistry registry;
    private final ReferenceData reference;

    Alerts(EntityManager em, NgoRegistry registry, ReferenceData reference) {
        this.em = em;
        this.registry = registry;
        this.reference = reference;
    }

    public List<Alert> find(Question question) {
        LocalDate today = Timestamps.today();
        List<ProjectInProvince> projects = projects(question);
        List<Alert> alerts = new ArrayList<>();
        boolean registered = projects.stream().anyMatch(ProjectInProvince::registered);
        if (registered && (question.kind() == null || question.kind().asksRegistrations())) {
            registrationAlerts(projects, question, today, alerts);
        }
        if (registered && wants(question, AlertKind.ANNUAL_REPORT_MISSING)) {
            reportAlerts(projects, question, today, alerts);
        }
        for (ProjectInProvince p : projects) {
            if (!"ONGOING".equals(p.status())) {
                continue;
            }
            LocalDate since = p.lastDisbursed() != null ? p.lastDisbursed() : p.startDate();
            if (wants(question, AlertKind.DISBURSEMENT_STALLED) && since != null
                    && since.isBefore(today.minusMonths(STALLED_AFTER_MONTHS))) {
                alerts.add(alert(AlertKind.DISBURSEMENT_STALLED, p, null, since, p.lastDisbursed() == null
                        ? "Nothing disbursed since the project started on " + since + "."
                        : "Nothing disbursed since " + since + "."));
            }
            if (wants(question, AlertKind.PAST_END_DATE) && p.endDate() != null && p.endDate().isBefore(today)) {
                alerts.add(alert(AlertKind.PAST_END_DATE, p, null, p.endDate(), "Still ongoing after its end date, "
                        + p.endDate() + "."));
            }
        }
        alerts.sort(Comparator.comparing(Alert::on, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Alert::kind).thenComparing(Alert::projectCode).thenComparing(Alert::province));
        return alerts;
    }

    private void registrationAlerts(List<ProjectInProvince> projects, Question question, LocalDate today, List<Alert> alerts) {
        Map<UUID, List<RegistrationRecord>> byOrganization = registry.registrations(question.organizationId()).stream()
                .collect(Collectors.groupingBy(RegistrationRecord::organizationId));
        for (ProjectInProvince p : projects) {
            if (!p.registered()) {
                continue;
            }
            String unit = unitOf(p.province());
            List<RegistrationRecord> covering = byOrganization.getOrDefault(p.organizationId(), List.of()).stream()
                    .filter(r -> r.provinces().stream().anyMatch(code -> unitOf(code).equals(unit))).toList();
            RegistrationWatch.check(covering, p.province(), today, question.withinDays())
                    .filter(finding -> wants(question, finding.kind()))
                    .ifPresent(finding -> alerts.add(alert(finding.kind(), p, finding.registrationId(), finding.on(),
                            finding.detail())));
        }
    }

    private void reportAlerts(List<ProjectInProvince> projects, Question question, LocalDate today, List<Alert> alerts) {
        // the last two years: the one just ended is not due before the spring, the one before it is
        Map<List<Object>, List<MissingReports.Row>> missing = registry.missingAnnualReports(today.getYear() - 2,
                        today.getYear() - 1, question.province(), question.organizationId()).stream()
                .collect(Collectors.groupingBy(row -> List.of(row.organization(), row.province())));
        for (ProjectInProvince p : projects) {
            if (!p.registered()) {
                continue;
            }
            for (MissingReports.Row row : missing.getOrDefault(List.of(p.organizationId(), p.province()), List.of())) {
                if (p.runningIn(row.year())) {
                    alerts.add(alert(AlertKind.ANNUAL_REPORT_MISSING, p, null, row.dueOn(), "No annual report of "
                            + row.year() + " for province " + p.province() + (row.dueOn() == null ? "" : ", due on " + row.dueOn())
                            + "."));
                }
            }
        }
    }

    /** The unit a code stands for since the merger of 1 July 2025: a registration under an old code covers its successor. */
    private String unitOf(String code) {
        return reference.provinceCodeOn(code, ReferenceData.PROVINCE_MERGER);
    }

    private static boolean wants(Question question, AlertKind kind) {
        return question.kind() == null || question.kind() == kind;
    }

    private static Alert alert(AlertKind kind, ProjectInProvince p, UUID registrationId, LocalDate on, String detail) {
        return new Alert(kind, p.projectId(), p.code(), p.organizationId(), p.province(), registrationId, on, detail);
    }

    private List<ProjectInProvince> projects(Question question) {
        Where where = new Where()
                .add("p.status IN ('APPROVED', 'ONGOING')")
                .equal("l.province", "province", question.province())
                .equal("p.donor_organization_id", "organizationId", question.organizationId());
        // a project with two districts in a province is one project there
        var query = em.createNativeQuery("""
                SELECT DISTINCT p.id, p.code, p.donor_organization_id, p.donor_type, p.status, coalesce(p.start_date, p.approval_date)
                       AS start_date, p.end_date, l.province,
                       (SELECT max(t.date) FROM aid_transaction t
                        WHERE t.project_id = p.id AND t.type = 'DISBURSEMENT' AND t.amount > 0) AS last_disbursed
                FROM project p JOIN project_location l ON l.project_id = p.id""" + where.clause(), Tuple.class);
        where.map().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new ProjectInProvince(row.get("id", UUID.class), row.get("code", String.class),
                row.get("donor_organization_id", UUID.class), row.get("donor_type", String.class), row.get("status", String.class),
                date(row.get("start_date")), date(row.get("end_date")), row.get("province", String.class),
                date(row.get("last_disbursed")))).toList();
    }

    /** A date column of a native query, which the driver may give as {@code java.sql.Date}. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
