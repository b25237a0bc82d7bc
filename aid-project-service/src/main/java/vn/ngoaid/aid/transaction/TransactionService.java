package vn.ngoaid.aid.transaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    /** Rows a statement in the batched reads and writes. */
    private static final int CHUNK = 1000;

    private final ProjectTotals totals;
    private final ExchangeRates rates;
    private final Caller caller;
    private final AuditTrail audit;
    private final AggregateRollup rollup;
    private final AidMetrics metrics;
    private final EntityManager em;
    private final ObjectMapper objectMapper;

    public TransactionService(ProjectTotals totals, ExchangeRates rates, Caller caller, AuditTrail audit,
                              AidMetrics metrics, AggregateRollup rollup, EntityManager em, ObjectMapper objectMapper) {
        this.em = em;
        this.objectMapper = objectMapper;
        this.totals = totals;
        this.rates = rates;
        this.caller = caller;
        this.audit = audit;
        this.metrics = metrics;
        this.rollup = rollup;
    }

    /** A transaction to record, with the number of the row it came from (a CSV row; 1 for a POST). */
    public record Pending(int row, UUID projectId, TransactionInput input) {
    }

    /** What {@link #recordAll} did: the transactions it recorded, in their order, and why each other row was refused. */
    public record Outcome(List<TransactionView> recorded, Map<Integer, RuntimeException> refused) {
    }

    @Transactional
    public TransactionView record(UUID projectId, TransactionInput input) {
        Outcome outcome = recordAll(List.of(new Pending(1, projectId, input)));
        if (!outcome.refused().isEmpty()) {
            throw outcome.refused().get(1);
        }
        return outcome.recorded().get(0);
    }

    /**
     * Records transactions, of one project or of thousands (a CSV import), in the caller's transaction, each checked
     * by the rules of a single POST in the order given, each against the money recorded before it. A refused one
     * (404, 403, 400 or 422, as a POST would answer) is left out and the rest go on. The projects are locked in one
     * statement, in id order so two batches never deadlock; the money rules run on running totals in memory, so the
     * database sees one query per kind of read and a few multi-row writes, whatever the number of transactions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome recordAll(List<Pending> pending) {
        Map<Integer, RuntimeException> refused = new HashMap<>();
        Map<UUID, Project> projects = lockedProjects(pending);
        Map<UUID, Optional<RuntimeException>> scope = new HashMap<>();
        Map<UUID, AidTransaction> corrected = corrected(pending);

        // the checks of each row alone, before any money is looked at
        List<Candidate> candidates = new ArrayList<>();
        for (Pending row : pending) {
            try {
                Project project = projects.get(row.projectId());
                if (project == null) {
                    throw ApiException.notFound("project", row.projectId());
                }
                Optional<RuntimeException> refusal = scope.computeIfAbsent(project.id, id -> scopeRefusal(project));
                if (refusal.isPresent()) {
                    throw refusal.get();
                }
                candidates.add(new Candidate(row, project, checked(project, row.input(), corrected)));
            } catch (ApiException | ForbiddenException e) {
                refused.put(row.row(), e);
            }
        }

        // only read from here on: out of the persistence context, they no longer make each flush walk them all
        projects.values().forEach(em::detach);
        corrected.values().forEach(em::detach);

        // money: rates, amounts in each project's currency, then every row against the totals before it
        Set<ExchangeRates.YearCurrency> needed = new TreeSet<>();
        candidates.forEach(c -> needed.addAll(ExchangeRates.needed(c.yearCurrency(), c.project.currency)));
        Set<ExchangeRates.YearCurrency> present = rates.present(needed);
        Map<Candidate, BigDecimal> converted = converted(candidates, present);
        Map<UUID, ProjectTotals.Sums> sums = new HashMap<>(totals.exact(projects.keySet()));
        Map<UUID, BigDecimal> correctable = new HashMap<>(correctable(corrected.values()));
        List<AidTransaction> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            TransactionInput input = c.row.input();
            UUID correctsId = input.correctsTransactionId();
            try {
                BigDecimal leftAfter = correctsId == null ? null : TransactionRules.leftAfterCorrection(
                        corrected.get(correctsId), correctable.get(correctsId), input.amount());
                List<ExchangeRates.YearCurrency> missing = ExchangeRates.needed(c.yearCurrency(), c.project.currency)
                        .stream().filter(rate -> !present.contains(rate)).toList();
                if (!missing.isEmpty()) {
                    throw ExchangeRates.noRate(missing);
                }
                sums.put(c.project.id, TransactionRules.totalsAfter(sums.getOrDefault(c.project.id, ProjectTotals.Sums.NONE),
                        input.type(), converted.get(c), c.project.currency));
                if (correctsId != null) {
                    correctable.put(correctsId, leftAfter);
                }
                accepted.add(c.transaction);
            } catch (ApiException e) {
                refused.put(c.row.row(), e);
            }
        }

        List<TransactionView> recorded = store(accepted);
        return new Outcome(recorded, refused);
    }

    /** A row that passed the checks of its own, with the transaction it would write. */
    private record Candidate(Pending row, Project project, AidTransaction transaction) {
        ExchangeRates.YearCurrency yearCurrency() {
            return new ExchangeRates.YearCurrency(transaction.currency, transaction.date.getYear());
        }
    }

    /**
     * The projects of these rows, locked for the rest of the transaction; an unknown id is absent. The rows are locked
     * by SQL and then read as usual: Hibernate builds a locking query and the collection loaders of a locked entity
     * anew on every call, which was a third of a POST's CPU.
     */
    private Map<UUID, Project> lockedProjects(List<Pending> pending) {
        List<UUID> ids = pending.stream().map(Pending::projectId).distinct().sorted().toList();
        for (List<UUID> chunk : chunks(ids)) {
            em.createNativeQuery("SELECT id FROM project WHERE id = ANY (CAST(?1 AS uuid[])) ORDER BY id FOR UPDATE")
                    .setParameter(1, "{" + String.join(",", chunk.stream().map(UUID::toString).toList()) + "}")
                    .getResultList();
        }
        Map<UUID, Project> projects = new HashMap<>();
        em.unwrap(Session.class).byMultipleIds(Project.class).multiLoad(ids).stream().filter(Objects::nonNull)
                .forEach(p -> projects.put(p.id, p));
        return projects;
    }

    /** Money of a project is written by whoever may write the project: a coordinator, or an officer of its provinces. */
    private Optional<RuntimeException> scopeRefusal(Project project) {
        try {
            caller.requireWriteIn(project.provinces(), "project " + project.code);
            return Optional.empty();
        } catch (ForbiddenException e) {
            return Optional.of(e);
        }
    }

    /** The transaction a row would write, after the rules that need no totals. */
    private static AidTransaction checked(Project project, TransactionInput input, Map<UUID, AidTransaction> corrected) {
        AidTransaction transaction = new AidTransaction();
        transaction.currency = TransactionRules.checkOwn(project, input,
                input.correctsTransactionId() == null ? null : corrected.get(input.correctsTransactionId()));
        transaction.projectId = project.id;
        transaction.type = input.type();
        transaction.date = input.date();
        transaction.amount = input.amount();
        transaction.description = Texts.blankToNull(input.description());
        transaction.correctsTransactionId = input.correctsTransactionId();
        return transaction;
    }

    /** The amounts in their projects' currencies, converted by the schema's convert_amount in one query. */
    private Map<Candidate, BigDecimal> converted(List<Candidate> candidates, Set<ExchangeRates.YearCurrency> present) {
        Map<Candidate, BigDecimal> converted = new IdentityHashMap<>();
        List<Candidate> foreign = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.transaction.currency.equals(c.project.currency)) {
                converted.put(c, c.transaction.amount);
            } else if (present.containsAll(ExchangeRates.needed(c.yearCurrency(), c.project.currency))) {
                foreign.add(c);
            }
        }
        for (List<Candidate> chunk : chunks(foreign)) {
            List<Map<String, Object>> amounts = new ArrayList<>();
            for (Candidate c : chunk) {
                amounts.add(Map.of("n", amounts.size(), "amount", c.transaction.amount.toPlainString(),
                        "currency", c.transaction.currency, "target", c.project.currency, "year", c.transaction.date.getYear()));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT n, convert_amount(a.amount, a.currency, a.target, a.year)
                            FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                                 AS a(n int, amount numeric, currency varchar, target varchar, year int)""")
                    .setParameter(1, json(amounts)).getResultList();
            for (Object[] row : rows) {
                converted.put(chunk.get(((Number) row[0]).intValue()), (BigDecimal) row[1]);
            }
        }
        return converted;
    }

    /** The transactions these rows correct; one that does not exist is absent. */
    private static Map<UUID, AidTransaction> corrected(List<Pending> pending) {
        List<UUID> ids = pending.stream().map(p -> p.input().correctsTransactionId()).filter(Objects::nonNull)
                .distinct().toList();
        Map<UUID, AidTransaction> corrected = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            AidTransaction.<AidTransaction>list("id in ?1", chunk).forEach(t -> corrected.put(t.id, t));
        }
        return corrected;
    }

    /** What is left of each corrected transaction after the corrections already recorded. */
    private static Map<UUID, BigDecimal> correctable(Collection<AidTransaction> corrected) {
        Map<UUID, BigDecimal> left = new HashMap<>();
        corrected.forEach(t -> left.put(t.id, t.amount));
        for (List<UUID> chunk : chunks(List.copyOf(left.keySet()))) {
            AidTransaction.find("select t.correctsTransactionId, sum(t.amount) from AidTransaction t "
                            + "where t.correctsTransactionId in ?1 group by t.correctsTransactionId", chunk)
                    .project(Object[].class).<Object[]>list()
                    .forEach(row -> left.merge((UUID) row[0], (BigDecimal) row[1], BigDecimal::add));
        }
        return left;
    }

    /** Writes the accepted transactions, their rollup cells and audit entries, a thousand rows a statement. */
    private List<TransactionView> store(List<AidTransaction> accepted) {
        List<TransactionView> recorded = new ArrayList<>(accepted.size());
        Map<UUID, TransactionView> changes = new LinkedHashMap<>();
        for (List<AidTransaction> chunk : chunks(accepted)) {
            chunk.forEach(t -> t.persist());
            em.flush();
            chunk.forEach(t -> {
                TransactionView view = TransactionView.of(t);
                recorded.add(view);
                changes.put(t.id, view);
                em.detach(t);
            });
        }
        audit.recordAll("transaction", "CREATE", changes);
        // last: the views' rows of the current year are updated by every writer, so their locks are held only until
        // the commit that follows
        rollup.add(accepted);
        metrics.transactionsRecorded(accepted);
        return recorded;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return chunks;
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
}
