package vn.ngoaid.aid.transaction;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.ngoaid.aid.AidMetrics;
import vn.ngoaid.aid.aggregate.AggregateRollup;
import vn.ngoaid.aid.project.Project;
import vn.ngoaid.aid.rate.ExchangeRates;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records commitments and disbursements. Each write locks its project's row first, so writes to one project run one
 * after another: the check that cumulative disbursement stays within cumulative commitment then sees every earlier
 * write, however many requests arrive together. Rows are never updated or deleted; corrections are negative rows.
 */
@ApplicationScoped
public class TransactionService {

    public static final Map<String, String> SORTABLE = Map.of("date", "t.date", "createdAt", "t.createdAt",
            "amount", "t.amount", "type", "t.type");

    private final ProjectTotals totals;
    private final ExchangeRates rates;
    private final Caller caller;
    private final AuditTrail audit;
    private final AggregateRollup rollup;
    private final AidMetrics metrics;

    public TransactionService(ProjectTotals totals, ExchangeRates rates, Caller caller, AuditTrail audit,
                              AidMetrics metrics, AggregateRollup rollup) {
        this.totals = totals;
        this.rates = rates;
        this.caller = caller;
        this.audit = audit;
        this.metrics = metrics;
        this.rollup = rollup;
    }

    @Transactional
    public TransactionView record(UUID projectId, TransactionInput input) {
        return recordInCurrentTransaction(projectId, input);
    }

    /**
     * {@link #record} in the caller's transaction, for a CSV import that records many transactions in one
     * transaction and carries on after a refused row. The caller must run in a transaction.
     */
    public TransactionView recordInCurrentTransaction(UUID projectId, TransactionInput input) {
        Project project = Project.findById(projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw ApiException.notFound("project", projectId);
        }
        // money of a project is written by whoever may write the project: a coordinator, or an officer of its provinces
        caller.requireWriteIn(project.provinces(), "project " + project.code);
        AidTransaction transaction = new AidTransaction();
        transaction.projectId = projectId;
        transaction.type = input.type();
        transaction.date = input.date();
        transaction.amount = input.amount();
        transaction.description = Texts.blankToNull(input.description());
        if (input.amount().signum() == 0) {
            throw ApiException.invalid("amount", "must not be 0");
        }
        if (input.correctsTransactionId() == null) {
            transaction.currency = input.currency() == null ? project.currency : input.currency();
            requireNewMoneyAllowed(project, input);
        } else {
            transaction.currency = checkCorrection(project, input);
            transaction.correctsTransactionId = input.correctsTransactionId();
        }
        rates.require(Set.of(new ExchangeRates.YearCurrency(transaction.currency, transaction.date.getYear())), project.currency);
        transaction.persistAndFlush();

        ProjectTotals.Sums after = totals.exact(projectId);
        if (after.disbursed().compareTo(after.committed()) > 0) {
            throw ApiException.ruleBroken("Cumulative disbursement would be " + plain(after.disbursed()) + " "
                    + project.currency + ", more than the cumulative commitment of " + plain(after.committed()) + " "
                    + project.currency + "; record the commitment first.");
        }
        rollup.add(transaction);
        TransactionView recorded = TransactionView.of(transaction);
        audit.record("transaction", recorded.id(), "CREATE", recorded);
        metrics.transactionRecorded(transaction.type, transaction.correctsTransactionId != null);
        return recorded;
    }

    private static void requireNewMoneyAllowed(Project project, TransactionInput input) {
        if (input.amount().signum() < 0) {
            throw ApiException.invalid("amount", "must be positive; a correction is negative and names correctsTransactionId");
        }
        if (!project.status.acceptsNewMoney()) {
            throw ApiException.ruleBroken("Project " + project.code + " is " + project.status
                    + "; commitments and disbursements are recorded once it is approved and not cancelled (corrections are always accepted).");
        }
    }

    /** @return the correction's currency, which is the corrected transaction's */
    private static String checkCorrection(Project project, TransactionInput input) {
        AidTransaction corrected = AidTransaction.findById(input.correctsTransactionId());
        if (corrected == null || !corrected.projectId.equals(project.id)) {
            throw ApiException.ruleBroken("Transaction " + input.correctsTransactionId() + " is not a transaction of project "
                    + project.code + ".");
        }
        if (corrected.correctsTransactionId != null) {
            throw ApiException.ruleBroken("Transaction " + corrected.id + " is itself a correction; correct the original "
                    + corrected.correctsTransactionId + " instead.");
        }
        if (input.amount().signum() > 0) {
            throw ApiException.invalid("amount", "must be negative for a correction");
        }
        if (input.type() != corrected.type) {
            throw ApiException.ruleBroken("A correction has the type of the transaction it corrects: " + corrected.type + ".");
        }
        if (input.currency() != null && !input.currency().equals(corrected.currency)) {
            throw ApiException.ruleBroken("A correction is in the currency of the transaction it corrects: " + corrected.currency + ".");
        }
        BigDecimal corrections = AidTransaction.find("select coalesce(sum(t.amount), 0) from AidTransaction t "
                + "where t.correctsTransactionId = ?1", corrected.id).project(BigDecimal.class).singleResult();
        BigDecimal left = corrected.amount.add(corrections);
        if (left.add(input.amount()).signum() < 0) {
            throw ApiException.ruleBroken("The correction of " + plain(input.amount().negate()) + " " + corrected.currency
                    + " is more than the " + plain(left) + " " + corrected.currency + " left of transaction " + corrected.id + ".");
        }
        return corrected.currency;
    }

    public TransactionView get(UUID projectId, UUID transactionId) {
        AidTransaction transaction = AidTransaction.findById(transactionId);
        if (transaction == null || !transaction.projectId.equals(projectId)) {
            throw ApiException.notFound("transaction of project " + projectId, transactionId);
        }
        return TransactionView.of(transaction);
    }

    /** The project whose transactions are listed; 404 if there is none. */
    public Project project(UUID projectId) {
        Project project = Project.findById(projectId);
        if (project == null) {
            throw ApiException.notFound("project", projectId);
        }
        return project;
    }

    /** The project's transactions matching the filters, in this order: a page of them or all. */
    public Listing<AidTransaction, TransactionView> listing(Project project, TransactionType type, LocalDate fromDate,
                                                            LocalDate toDate, String orderBy) {
        UUID projectId = project.id;
        List<String> where = new ArrayList<>(List.of("t.projectId = :project"));
        Parameters params = Parameters.with("project", projectId);
        if (type != null) {
            where.add("t.type = :type");
            params.and("type", type);
        }
        if (fromDate != null) {
            where.add("t.date >= :fromDate");
            params.and("fromDate", fromDate);
        }
        if (toDate != null) {
            where.add("t.date <= :toDate");
            params.and("toDate", toDate);
        }
        String query = "from AidTransaction t where " + String.join(" and ", where);
        return Listing.of(() -> AidTransaction.<AidTransaction>find(query + " order by " + orderBy + ", t.createdAt, t.id", params),
                () -> AidTransaction.count("select count(t) " + query, params),
                found -> found.stream().map(TransactionView::of).toList());
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
