package vn.ngoaid.aid.aggregate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ngoaid.aid.Generation;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Answers to repeated aggregate questions, as the JSON sent. A coordinator's dashboard asks the same questions again
 * and again, and between two writes their answers cannot change. Each answer is kept with the generation of the
 * aggregates' data (migration V7) read before it was made, and given again while the generation read for a later
 * request is no newer; askers of an answer being made wait for it instead of making it again. Bounded by the bytes
 * kept ({@code ngo-aid.aggregates.answer-cache}, 0 to keep none); the least recently asked answers go first.
 */
@ApplicationScoped
public class AnswerCache {

    /** An answer being made or made, at the generation read before making it. */
    private record Entry(Generation generation, CompletableFuture<byte[]> answer) {
    }

    private final EntityManager em;
    private final long capacity;
    private final Counter kept;
    private final Counter made;
    private final LinkedHashMap<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    /** The epoch of the kept answers. */
    private long epoch;

    public AnswerCache(EntityManager em, MeterRegistry meters,
                       @ConfigProperty(name = "ngo-aid.aggregates.answer-cache") MemorySize capacity) {
        this.em = em;
        this.capacity = capacity.asLongValue();
        kept = answers(meters, "cache");
        made = answers(meters, "query");
    }

    /** The generation of the aggregates' data as committed now. */
    public Generation generation() {
        return Generation.of(em, "aggregate_generation");
    }

    /**
     * The answer to {@code question}, made by {@code make} at or after {@code generation}: kept from an earlier
     * request when the data has not changed since, otherwise made now (once, however many ask at the same time).
     */
    public byte[] answer(Object question, Generation generation, Supplier<byte[]> make) {
        if (capacity == 0) {
            made.increment();
            return make.get();
        }
        Entry entry;
        boolean mine = false;
        synchronized (this) {
            if (generation.epoch() != epoch) {
                // the count may have started again: no kept answer can be trusted
                entries.clear();
                bytes = 0;
                epoch = generation.epoch();
            }
            entry = entries.get(question);
            if (entry == null || entry.generation().epoch() != generation.epoch()
                    || entry.generation().count() < generation.count()) {
                if (entry != null) {
                    forget(question, entry);
                }
                entry = new Entry(generation, new CompletableFuture<>());
                entries.put(question, entry);
                mine = true;
            }
        }
        if (!mine) {
            kept.increment();
            return awaited(entry.answer());
        }
        made.increment();
        try {
            byte[] answer = make.get();
            keep(question, entry, answer);
            return answer;
        } catch (RuntimeException e) {
            // a refusal (a missing rate) is not kept: the next ask may find the rate
            synchronized (this) {
                entry.answer().completeExceptionally(e);
                entries.remove(question, entry);
            }
            throw e;
        }
    }

    /** Completes the entry and counts its bytes at once, so that a done entry is always counted. */
    private synchronized void keep(Object question, Entry entry, byte[] answer) {
        entry.answer().complete(answer);
        if (entries.get(question) != entry) {
            return; // replaced by a newer answer meanwhile
        }
        if (answer.length > capacity / 4) {
            entries.remove(question);
            return;
        }
        bytes += answer.length;
        Iterator<Map.Entry<Object, Entry>> oldest = entries.entrySet().iterator();
        while (bytes > capacity && oldest.hasNext()) {
            Map.Entry<Object, Entry> next = oldest.next();
            if (next.getValue().answer().isDone()) {
                bytes -= size(next.getValue());
                oldest.remove();
            }
        }
    }

    /** Under the lock. */
    private void forget(Object question, Entry entry) {
        entries.remove(question);
        bytes -= size(entry);
    }

    private static long size(Entry entry) {
        byte[] answer = entry.answer().getNow(null);
        return answer == null ? 0 : answer.length;
    }

    private static byte[] awaited(CompletableFuture<byte[]> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Counter answers(MeterRegistry meters, String source) {
        return Counter.builder("aid.aggregate.answers").tag("source", source)
                .description("Aggregate answers given, kept from an earlier request (cache) or made by a query").register(meters);
    }
}
