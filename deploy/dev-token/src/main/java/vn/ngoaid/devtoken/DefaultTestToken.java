package vn.ngoaid.devtoken;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

import java.time.Duration;
import java.util.List;

/**
 * Gives every RestAssured request of a service's tests a token with every role, unless the request carries its own
 * {@code Authorization} header (an empty one means: no token). A Quarkus test callback, so it configures the
 * RestAssured the tests see (they run in Quarkus's class loader); registered in each service's test resources under
 * {@code META-INF/services}, so tests about the domain need not repeat it, and security tests set their own.
 */
public class DefaultTestToken implements QuarkusTestBeforeClassCallback {

    public static final List<String> ALL_ROLES = List.of("coordinator", "registry-officer", "viewer");

    /** Adds the default token unless the request brings its own header; drops an empty one. */
    static final class BearerFilter implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            String given = request.getHeaders().getValue("Authorization");
            if (given == null) {
                request.header("Authorization", "Bearer " + Holder.TOKEN);
            } else if (given.isEmpty()) {
                request.removeHeader("Authorization");
            }
            return context.next(request, response);
        }
    }

    private static final class Holder {
        static final String TOKEN = DevTokens.issue("test-suite", ALL_ROLES, null, Duration.ofHours(12));
    }

    /**
     * Each application start in a test run loads this class anew: the filter of an earlier copy is replaced, not kept
     * beside this one (two would put back the token an empty header asks to drop).
     */
    @Override
    public void beforeClass(Class<?> testClass) {
        List<Filter> others = RestAssured.filters().stream()
                .filter(f -> !f.getClass().getName().equals(BearerFilter.class.getName())).toList();
        RestAssured.replaceFiltersWith(others);
        RestAssured.filters(new BearerFilter());
    }
}
