package vn.ngoaid.aid;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.ngoaid.aid.transaction.AidTransaction;
import vn.ngoaid.aid.transaction.TransactionType;

import java.util.Collection;
import java.util.HashMap;

import java.util.EnumMap;
import java.util.Map;

/**
 * The business counters at /q/metrics: {@code aid_projects_created_total},
 * {@code aid_transactions_recorded_total{type, correction}} and {@code aid_eligibility_refusals_total}. A write
 * counts once its transaction has committed, so a create rolled back (or replayed from its Idempotency-Key) does
 * not count. Made at start, so every series is there (at 0) before the first write.
 */
@Startup
@ApplicationScoped
public class AidMetrics {

    private final TransactionSynchronizationRegistry transactions;
    private final Counter projectsCreated;
    private final Map<TransactionType, Counter> recorded = new EnumMap<>(TransactionType.class);
    private final Map<TransactionType, Counter> corrections = new EnumMap<>(TransactionType.class);
    private final Counter eligibilityRefusals;

    public AidMetrics(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        projectsCreated = Counter.builder("aid.projects.created").description("Aid projects created").register(meters);
        for (TransactionType type : TransactionType.values()) {
            recorded.put(type, transactionCounter(meters, type, false));
            corrections.put(type, transactionCounter(meters, type, true));
        }
        eligibilityRefusals = Counter.builder("aid.eligibility.refusals")
                .description("Projects refused because ngo-registry-service said the donor is not eligible or unknown")
                .register(meters);
    }

    public void projectCreated() {
        afterCommit(projectsCreated, 1);
    }

    public void transactionsRecorded(Collection<AidTransaction> written) {
        Map<Counter, Integer> counts = new HashMap<>();
        for (AidTransaction t : written) {
            counts.merge((t.correctsTransactionId != null ? corrections : recorded).get(t.type), 1, Integer::sum);
        }
        counts.forEach(this::afterCommit);
    }

    /** Counted at once: the refusal is the answer, whatever happens to the transaction. */
    public void eligibilityRefused() {
        eligibilityRefusals.increment();
    }

    private void afterCommit(Counter counter, int count) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(count);
                }
            }
        });
    }

    private static Counter transactionCounter(MeterRegistry meters, TransactionType type, boolean correction) {
        return Counter.builder("aid.transactions.recorded").description("Commitments and disbursements recorded")
                .tag("type", type.name()).tag("correction", String.valueOf(correction)).register(meters);
    }
}
