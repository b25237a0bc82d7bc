package vn.ngoaid.aid.project;

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
import static org.hamcrest.Matchers.oneOf;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.with;

/** Writers holding the same ETag race: exactly one wins, the others get 412, and no update is lost silently. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ConcurrentUpdateTest {

    private static final int WRITERS = 12;

    @Test
    void twelveWritersWithOneEtagLeaveOneWinner() throws Exception {
        Map<String, Object> body = project();
        String id = create(body);
        String etag = given().get("/api/v1/projects/" + id).then().statusCode(200).extract().header("ETag");

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Map<String, Object> change = with(body, "title", "Writer " + i);
                writers.add(() -> given().contentType(ContentType.JSON).header("If-Match", etag).body(change)
                        .put("/api/v1/projects/" + id).statusCode());
            }
            for (Future<Integer> answer : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.toString(), statuses.stream().filter(s -> s == 200).count(), equalTo(1L));
        statuses.forEach(s -> assertThat(statuses.toString(), s, oneOf(200, 412)));
        given().get("/api/v1/projects/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1));
    }
}
