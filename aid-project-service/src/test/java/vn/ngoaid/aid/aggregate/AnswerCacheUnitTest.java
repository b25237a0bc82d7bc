package vn.ngoaid.aid.aggregate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.Generation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache's own rules, without a database: generations, the byte bound, and one making per question at a time. */
class AnswerCacheUnitTest {

    private final AtomicInteger made = new AtomicInteger();

    private static AnswerCache cache(long bytes) {
        return new AnswerCache(null, new SimpleMeterRegistry(), new MemorySize(BigInteger.valueOf(bytes)));
    }

    private byte[] answer(AnswerCache cache, String question, long count, int size) {
        return answer(cache, question, new Generation(1, count), size);
    }

    private byte[] answer(AnswerCache cache, String question, Generation generation, int size) {
        return cache.answer(question, generation, () -> {
            made.incrementAndGet();
            return new byte[size];
        });
    }

    @Test
    void anAnswerIsKeptUntilTheGenerationGrows() {
        AnswerCache cache = cache(1000);
        byte[] first = answer(cache, "q", 5, 10);
        assertSame(first, answer(cache, "q", 5, 10));
        assertSame(first, answer(cache, "q", 4, 10), "an asker that read an older generation may have the newer answer");
        assertEquals(1, made.get());
        answer(cache, "q", 6, 10);
        assertEquals(2, made.get());
    }

    @Test
    void aNewEpochForgetsEveryAnswerWhateverTheCount() {
        AnswerCache cache = cache(1000);
        answer(cache, "q", new Generation(1, 50), 10);
        answer(cache, "r", new Generation(1, 50), 10);
        // the count table emptied and written again: a lower count in a new epoch
        answer(cache, "q", new Generation(2, 3), 10);
        assertEquals(3, made.get());
        answer(cache, "r", new Generation(2, 3), 10);
        assertEquals(4, made.get(), "answers of the old epoch are gone, not only the one asked again");
        answer(cache, "r", new Generation(2, 3), 10);
        assertEquals(4, made.get());
    }

    @Test
    void theLeastRecentlyAskedGoFirstAndNoAnswerTakesMoreThanAQuarter() {
        AnswerCache cache = cache(1000);
        for (String q : List.of("a", "b", "c", "d")) {
            answer(cache, q, 1, 250);
        }
        answer(cache, "a", 1, 250); // asked again: now the most recent
        answer(cache, "e", 1, 250); // pushes out b
        assertEquals(5, made.get());
        answer(cache, "a", 1, 250);
        answer(cache, "e", 1, 250);
        assertEquals(5, made.get());
        answer(cache, "b", 1, 250);
        assertEquals(6, made.get());

        answer(cache, "big", 1, 251);
        answer(cache, "big", 1, 251);
        assertEquals(8, made.get(), "an answer of more than a quarter of the bound is not kept");
    }

    @Test
    void aRefusalIsNotKept() {
        AnswerCache cache = cache(1000);
        assertThrows(IllegalStateException.class, () -> cache.answer("q", new Generation(1, 1), () -> {
            throw new IllegalStateException("no rate");
        }));
        answer(cache, "q", 1, 10);
        assertEquals(1, made.get());
    }

    @Test
    void concurrentAskersOfOneQuestionWaitForOneMaking() throws Exception {
        AnswerCache cache = cache(1000);
        CountDownLatch making = new CountDownLatch(1);
        ExecutorService askers = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            answers.add(askers.submit(() -> cache.answer("q", new Generation(1, 1), () -> {
                made.incrementAndGet();
                making.countDown();
                try {
                    Thread.sleep(300); // the others ask meanwhile
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new byte[10];
            })));
            assertTrue(making.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 3; i++) {
                answers.add(askers.submit(() -> answer(cache, "q", 1, 10)));
            }
            byte[] first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<byte[]> answer : answers) {
                assertSame(first, answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, made.get());
        } finally {
            askers.shutdownNow();
        }
    }
}
