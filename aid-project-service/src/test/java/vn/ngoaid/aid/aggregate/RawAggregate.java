package vn.ngoaid.aid.aggregate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.aid.Fixtures.decimal;

/**
 * An aggregate as it was computed before any rollup existed: straight from the transactions and planned
 * disbursements, each split over its project's locations and sectors and converted at its year's rates; the owner's
 * type read from the implementers themselves. The tests of the rollup and of its views compare
 * the API's answers with it.
 */
final class RawAggregate {

    /** API dimension → column of the split rows */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("province", "province");
        COLUMNS.put("year", "year");
        COLUMNS.put("sector", "sector");
        COLUMNS.put("modality", "modality");
        COLUMNS.put("organization", "donor_key");
        COLUMNS.put("donorCountry", "donor_country_code");
        COLUMNS.put("donorType", "donor_type");
        COLUMNS.put("approvalLevel", "approval_level");
        COLUMNS.put("status", "status");
        COLUMNS.put("ownerType", "owner_type");
    }

    private static final String SQL = """
            WITH loc AS (
              SELECT project_id, province,
                     coalesce(percentage / 100, 1::numeric / count(*) OVER (PARTITION BY project_id)) AS weight
              FROM project_location
            ), sec AS (
              SELECT project_id, code,
                     coalesce(percentage / 100, 1::numeric / count(*) OVER (PARTITION BY project_id)) AS weight
              FROM project_sector
            ), money AS (
              SELECT project_id, type, amount, currency, extract(year FROM date)::int AS year FROM aid_transaction
              UNION ALL
              SELECT d.project_id, 'PLANNED', d.amount, p.currency, d.year
              FROM project_planned_disbursement d JOIN project p ON p.id = d.project_id
            ), split AS (
              SELECT t.project_id, t.type, t.amount, t.currency, t.year,
                     l.weight * sec.weight AS weight, l.province, sec.code AS sector,
                     p.modality, p.donor_country_code, p.donor_type, p.approval_level, p.status, o.type AS owner_type,
                     coalesce(p.donor_organization_id::text, p.donor_type || ':' || lower(p.donor_name)) AS donor_key
              FROM money t
              JOIN project p ON p.id = t.project_id
              JOIN loc l ON l.project_id = t.project_id
              JOIN sec ON sec.project_id = t.project_id
              LEFT JOIN project_implementer o ON o.project_id = p.id AND o.role = 'PROJECT_OWNER'
            )
            SELECT %s count(DISTINCT project_id), count(DISTINCT donor_key),
                   coalesce(sum(convert_amount(amount, currency, ?, year) * weight) FILTER (WHERE type = 'COMMITMENT'), 0),
                   coalesce(sum(convert_amount(amount, currency, ?, year) * weight) FILTER (WHERE type = 'DISBURSEMENT'), 0),
                   coalesce(sum(convert_amount(amount, currency, ?, year) * weight) FILTER (WHERE type = 'PLANNED'), 0)
            FROM split WHERE %s %s""";

    private RawAggregate() {
    }

    /** An answer's row (or totals) has the raw figures: counts exactly, money rounded as the API rounds it. */
    static void assertSame(String what, Map<String, Object> actual, Object[] expected, String currency) {
        int digits = currency.equals("VND") ? 0 : 2;
        assertThat(what + " projects", ((Number) actual.get("projects")).longValue(), equalTo(((Number) expected[0]).longValue()));
        assertThat(what + " organizations", ((Number) actual.get("organizations")).longValue(), equalTo(((Number) expected[1]).longValue()));
        assertRounded(what + " committed", actual.get("committed"), (BigDecimal) expected[2], digits);
        assertRounded(what + " disbursed", actual.get("disbursed"), (BigDecimal) expected[3], digits);
        assertRounded(what + " planned", actual.get("planned"), (BigDecimal) expected[4], digits);
        assertRounded(what + " undisbursed", actual.get("undisbursed"), ((BigDecimal) expected[2]).subtract((BigDecimal) expected[3]), digits);
    }

    /**
     * The amount is the raw sum rounded half-even. A conversion divides by a rate, which numeric does to at least sixteen
     * significant digits: the raw SQL divides each amount, the rollup each sum, so the two may differ there, and where the exact
     * sum is a half of the minor unit (converted thirds and sevenths do add up to one) they round to neighbours. Only
     * there either neighbour is right.
     */
    private static void assertRounded(String what, Object actual, BigDecimal raw, int digits) {
        BigDecimal rounded = raw.setScale(digits, RoundingMode.HALF_EVEN);
        BigDecimal minorUnits = raw.movePointRight(digits);
        BigDecimal offHalf = minorUnits.remainder(BigDecimal.ONE).abs().subtract(new BigDecimal("0.5")).abs();
        // numeric divides to at least 16 significant digits
        BigDecimal noise = minorUnits.abs().movePointLeft(15).add(new BigDecimal("1E-12"));
        if (offHalf.compareTo(noise) < 0 && actual != null
                && new BigDecimal(actual.toString()).subtract(rounded).abs().compareTo(BigDecimal.ONE.movePointLeft(digits)) == 0) {
            return;
        }
        assertThat(what, actual, decimal(rounded));
    }

    /**
     * dimension values as text → projects, organizations, committed, disbursed, planned of the split rows matching
     * {@code where} (SQL over the columns of {@link #COLUMNS}, with {@code ?} for each of {@code params})
     */
    static Map<List<String>, Object[]> of(DataSource dataSource, List<String> dims, String currency, String where,
                                          Object... params) throws SQLException {
        String columns = String.join(", ", dims.stream().map(COLUMNS::get).toList());
        String sql = SQL.formatted(dims.isEmpty() ? "" : columns + ",", where, dims.isEmpty() ? "" : "GROUP BY " + columns);
        Map<List<String>, Object[]> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, currency);
            st.setString(2, currency);
            st.setString(3, currency);
            for (int i = 0; i < params.length; i++) {
                st.setObject(4 + i, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i <= dims.size(); i++) {
                        String value = String.valueOf(rs.getObject(i));
                        // the answer names a donor outside the registry by donorName, its organization is null
                        boolean outside = dims.get(i - 1).equals("organization") && value.contains(":");
                        key.add(outside ? "null" : value);
                    }
                    int at = dims.size();
                    rows.put(key, new Object[]{rs.getLong(at + 1), rs.getLong(at + 2), rs.getBigDecimal(at + 3), rs.getBigDecimal(at + 4),
                            rs.getBigDecimal(at + 5)});
                }
            }
        }
        return rows;
    }
}
