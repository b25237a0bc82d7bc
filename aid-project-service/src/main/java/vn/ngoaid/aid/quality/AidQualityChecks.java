package vn.ngoaid.aid.quality;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.quality.QualityCheck;
import vn.ngoaid.common.quality.QualityChecks;

import java.util.List;

/** What aid-project-service checks of its projects and transactions, each in the provinces of the project. */
@ApplicationScoped
public class AidQualityChecks implements QualityChecks {

    private static final String PROJECTS = " FROM project p JOIN project_location l ON l.project_id = p.id";
    private static final String TRANSACTIONS = " FROM aid_transaction t JOIN project_location l ON l.project_id = t.project_id";

    private static final List<QualityCheck> CHECKS = List.of(
            new QualityCheck("PROJECT_WITHOUT_TRANSACTION", "Approved, ongoing or completed projects without any transaction",
                    "SELECT l.province, p.id, NOT EXISTS (SELECT 1 FROM aid_transaction t WHERE t.project_id = p.id) AS failing"
                            + PROJECTS + " WHERE p.status IN ('APPROVED', 'ONGOING', 'COMPLETED')"),
            new QualityCheck("DISBURSEMENT_WITHOUT_COMMITMENT", "Disbursements in a year by whose end their project had "
                    + "no commitment dated", "SELECT l.province, t.id, NOT EXISTS (SELECT 1 FROM aid_transaction c "
                    + "WHERE c.project_id = t.project_id AND c.type = 'COMMITMENT' AND c.amount > 0 "
                    + "AND c.date <= make_date(extract(year FROM t.date)::int, 12, 31)) AS failing"
                    + TRANSACTIONS + " WHERE t.type = 'DISBURSEMENT' AND t.amount > 0"),
            new QualityCheck("TRANSACTION_OUTSIDE_PROJECT_DATES", "Transactions dated before the project's start or after its end",
                    "SELECT l.province, t.id, coalesce(t.date < p.start_date, false) OR coalesce(t.date > p.end_date, false) AS failing"
                            + TRANSACTIONS + " JOIN project p ON p.id = t.project_id"),
            new QualityCheck("IMPLICIT_EQUAL_SPLIT", "Projects in several provinces or sectors whose shares are left to an "
                    + "equal split", "SELECT l.province, p.id, "
                    + "(SELECT count(*) > 1 AND bool_or(x.percentage IS NULL) FROM project_location x WHERE x.project_id = p.id) "
                    + "OR (SELECT count(*) > 1 AND bool_or(s.percentage IS NULL) FROM project_sector s WHERE s.project_id = p.id) "
                    + "AS failing" + PROJECTS),
            new QualityCheck("MISSING_DISTRICT", "Projects whose location in the province names no district",
                    "SELECT l.province, p.id, coalesce(btrim(l.district), '') = '' AS failing" + PROJECTS),
            new QualityCheck("MISSING_VIETNAMESE_TITLE", "Projects without a Vietnamese title",
                    "SELECT l.province, p.id, coalesce(btrim(p.local_title), '') = '' AS failing" + PROJECTS),
            new QualityCheck("CURRENCY_WITHOUT_RATE", "Transactions in a currency without an exchange rate for their year",
                    "SELECT l.province, t.id, t.currency <> 'USD' AND NOT EXISTS (SELECT 1 FROM exchange_rate r "
                            + "WHERE r.currency = t.currency AND r.year = extract(year FROM t.date)) AS failing" + TRANSACTIONS),
            new QualityCheck("ONGOING_PAST_END_DATE", "Ongoing projects past their end date",
                    "SELECT l.province, p.id, coalesce(p.end_date < :today, false) AS failing" + PROJECTS
                            + " WHERE p.status = 'ONGOING'"),
            new QualityCheck("UNTOUCHED_FOR_A_YEAR", "Ongoing projects whose record and transactions nobody wrote for over a year",
                    "SELECT l.province, p.id, p.updated_at < CAST(:today AS date) - interval '1 year' AND NOT EXISTS (SELECT 1 FROM "
                            + "aid_transaction t WHERE t.project_id = p.id AND t.created_at >= CAST(:today AS date) - interval '1 year') AS failing"
                            + PROJECTS + " WHERE p.status = 'ONGOING'"));

    @Override
    public List<QualityCheck> checks() {
        return CHECKS;
    }
}
