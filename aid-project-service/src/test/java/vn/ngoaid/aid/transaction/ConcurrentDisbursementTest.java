package vn.ngoaid.aid.transaction;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.transactionBody;
import static vn.ngoaid.aid.Fixtures.transactionCount;

/** Cumulative disbursement never exceeds cumulative commitment, also when requests arrive together. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ConcurrentDisbursementTest {

    private static final int REQUESTS = 20;

    @Test
    void twentyParallelDisbursementsOf100AgainstACommitmentOf1000LetExactlyTenThrough() throws Exception {
        String id = create(project("USD"));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
        Map<String, Object> body = transactionBody("DISBURSEMENT", "2019-07-01", "100", null);

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                tries.add(() -> given().contentType(ContentType.JSON).body(body)
                        .post("/api/v1/projects/" + id + "/transactions").statusCode());
            }
            for (Future<Integer> answer : pool.invokeAll(tries, 60, TimeUnit.SECONDS)) {
                statuses.add(answer.get());   // a cancelled (timed-out) try throws here and fails the test
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.toString(), statuses.stream().filter(s -> s == 201).count(), equalTo(10L));
        assertThat(statuses.toString(), statuses.stream().filter(s -> s == 422).count(), equalTo(10L));
        getProject(id).statusCode(200)
                .body("totals.committed", decimal("1000.00"))
                .body("totals.disbursed", decimal("1000.00"))
                .body("totals.disbursementRate", decimal("1.0000"));
        assertThat(transactionCount(id), equalTo(11));
    }

    @Test
    void aDisbursementRetriedAtTheSameMomentWithItsKeyIsRecordedOnce() throws Exception {
        String id = create(project("USD"));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
        Map<String, Object> body = transactionBody("DISBURSEMENT", "2019-07-01", "300", null);
        String key = "retry-" + id;

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> answers = new ArrayList<>();
        try {
            List<Callable<String>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(() -> {
                    var answer = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                            .post("/api/v1/projects/" + id + "/transactions");
                    return answer.statusCode() + " " + answer.path("id");
                });
            }
            for (Future<String> answer : pool.invokeAll(tries, 60, TimeUnit.SECONDS)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers.toString(), answers.stream().distinct().count(), equalTo(1L));
        assertThat(answers.toString(), answers.get(0).startsWith("201 "), equalTo(true));
        assertThat(transactionCount(id), equalTo(2));
        getProject(id).statusCode(200).body("totals.disbursed", decimal("300.00"));
    }
}
