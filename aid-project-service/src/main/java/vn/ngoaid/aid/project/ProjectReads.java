package vn.ngoaid.aid.project;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.aid.transaction.ProjectTotals;
import vn.ngoaid.common.record.Stamps;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Projects as the API answers them, each read in one SQL statement: the project row, its sectors, locations, planned
 * disbursements and implementers in their order, and its running totals. Every answer of a project (GET, a page of a list, a CSV export, the answer to
 * a write) comes from here, so they cannot differ. Plain JDBC on the datasource: a read needs no entities, and inside
 * a transaction the datasource hands out the transaction's connection, so a write reads what it has just flushed.
 */
@ApplicationScoped
public class ProjectReads {

    private static final String VIEWS = """
            SELECT p.id, p.code, p.title, p.local_title, p.donor_organization_id, p.donor_name, p.donor_type,
                   p.donor_country_code, p.modality, p.approval_level, p.approval_number, p.approval_date,
                   p.approval_authority, p.start_date, p.end_date, p.status, p.currency, p.partner_locality_id,
                   p.created_at, p.updated_at, p.created_by, p.updated_by, p.version,
                   s.sector_codes, s.sector_percentages, l.provinces, l.districts, l.location_percentages,
                   pd.plan_years, pd.plan_amounts, i.implementer_names, i.implementer_local_names, i.implementer_types,
                   i.implementer_roles, m.committed, m.disbursed
            FROM project p
            LEFT JOIN LATERAL (SELECT array_agg(code ORDER BY position) AS sector_codes,
                                      array_agg(percentage ORDER BY position) AS sector_percentages
                               FROM project_sector WHERE project_id = p.id) s ON true
            LEFT JOIN LATERAL (SELECT array_agg(province ORDER BY position) AS provinces,
                                      array_agg(district ORDER BY position) AS districts,
                                      array_agg(percentage ORDER BY position) AS location_percentages
                               FROM project_location WHERE project_id = p.id) l ON true
            LEFT JOIN LATERAL (SELECT array_agg(year ORDER BY position) AS plan_years,
                                      array_agg(amount ORDER BY position) AS plan_amounts
                               FROM project_planned_disbursement WHERE project_id = p.id) pd ON true
            LEFT JOIN LATERAL (SELECT array_agg(name ORDER BY position) AS implementer_names,
                                      array_agg(local_name ORDER BY position) AS implementer_local_names,
                                      array_agg(type ORDER BY position) AS implementer_types,
                                      array_agg(role ORDER BY position) AS implementer_roles
                               FROM project_implementer WHERE project_id = p.id) i ON true
            LEFT JOIN LATERAL (SELECT %s FROM aid_transaction t WHERE t.project_id = p.id) m ON true
            WHERE p.id = ANY(?)""".formatted(ProjectTotals.SUMS_IN_PROJECT_CURRENCY);

    /** Ids a statement, so that a CSV export's chunk is one statement. */
    private static final int CHUNK = 1000;

    private final DataSource dataSource;
    private final ProjectTotals totals;

    public ProjectReads(DataSource dataSource, ProjectTotals totals) {
        this.dataSource = dataSource;
        this.totals = totals;
    }

    public Optional<ProjectView> find(UUID id) {
        return of(List.of(id)).stream().findFirst();
    }

    /** The projects with these ids, in their order; an id without a project is left out. */
    public List<ProjectView> of(List<UUID> ids) {
        Map<UUID, ProjectView> views = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(VIEWS)) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                statement.setArray(1, connection.createArrayOf("uuid", ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        ProjectView view = view(row);
                        views.put(view.id(), view);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading projects failed", e);
        }
        List<ProjectView> ordered = new ArrayList<>(views.size());
        ids.forEach(id -> Optional.ofNullable(views.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    private ProjectView view(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        String approvalNumber = row.getString("approval_number");
        return new ProjectView(row.getObject("id", UUID.class), row.getString("code"), row.getString("title"),
                row.getString("local_title"),
                new ProjectView.Donor(row.getObject("donor_organization_id", UUID.class), row.getString("donor_name"),
                        row.getString("donor_type"), row.getString("donor_country_code")),
                Modality.valueOf(row.getString("modality")),
                sectors(row), locations(row),
                ApprovalLevel.valueOf(row.getString("approval_level")),
                approvalNumber == null ? null : new ProjectInput.ApprovalDecision(approvalNumber,
                        row.getObject("approval_date", LocalDate.class), row.getString("approval_authority")),
                row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
                ProjectStatus.valueOf(row.getString("status")), currency, row.getObject("partner_locality_id", UUID.class),
                plan(row), implementers(row),
                totals.rounded(amount(row, "committed"), amount(row, "disbursed"), currency),
                new Stamps(row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant(), row.getString("created_by"),
                        row.getString("updated_by"), row.getLong("version")));
    }

    private static List<ProjectInput.Sector> sectors(ResultSet row) throws SQLException {
        String[] codes = array(row, "sector_codes", new String[0]);
        BigDecimal[] percentages = array(row, "sector_percentages", new BigDecimal[0]);
        return items(codes.length, i -> new ProjectInput.Sector(codes[i], percentages[i]));
    }

    private static List<ProjectInput.Location> locations(ResultSet row) throws SQLException {
        String[] provinces = array(row, "provinces", new String[0]);
        String[] districts = array(row, "districts", new String[0]);
        BigDecimal[] percentages = array(row, "location_percentages", new BigDecimal[0]);
        return items(provinces.length, i -> new ProjectInput.Location(provinces[i], districts[i], percentages[i]));
    }

    private static List<ProjectInput.PlannedDisbursement> plan(ResultSet row) throws SQLException {
        Integer[] years = array(row, "plan_years", new Integer[0]);
        BigDecimal[] amounts = array(row, "plan_amounts", new BigDecimal[0]);
        return items(years.length, i -> new ProjectInput.PlannedDisbursement(years[i], amounts[i]));
    }

    private static List<ProjectInput.Implementer> implementers(ResultSet row) throws SQLException {
        String[] names = array(row, "implementer_names", new String[0]);
        String[] localNames = array(row, "implementer_local_names", new String[0]);
        String[] types = array(row, "implementer_types", new String[0]);
        String[] roles = array(row, "implementer_roles", new String[0]);
        return items(names.length, i -> new ProjectInput.Implementer(names[i], localNames[i],
                ImplementerType.valueOf(types[i]), ImplementerRole.valueOf(roles[i])));
    }

    /** An array column (of the type of {@code none}); {@code none} when the project has no such rows. */
    @SuppressWarnings("unchecked")
    private static <T> T[] array(ResultSet row, String column, T[] none) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? none : (T[]) array.getArray();
    }

    /** The items made from the arrays' positions: the arrays of one lateral subquery have one length. */
    private static <T> List<T> items(int count, IntFunction<T> item) {
        return IntStream.range(0, count).mapToObj(item).toList();
    }

    private static BigDecimal amount(ResultSet row, String column) throws SQLException {
        BigDecimal amount = row.getBigDecimal(column);
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
