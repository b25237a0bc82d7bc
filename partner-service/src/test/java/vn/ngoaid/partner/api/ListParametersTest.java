package vn.ngoaid.partner.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.list;

/** Every list pages (page ≥ 0, size 1..200) and sorts on a whitelist; anything else is a 400 naming the parameter. */
@QuarkusTest
class ListParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"localities", "partnerships", "agreements", "twinnings", "exchanges", "friendship-associations"})
    void badPagingAndSortingAre400(String resource) {
        String path = "/api/v1/" + resource;
        list(path, "page", 0, "size", 200).statusCode(200).body("page", equalTo(0)).body("size", equalTo(200));
        list(path).statusCode(200).body("size", equalTo(20));
        assertInvalid(list(path, "size", 201), "size");
        assertInvalid(list(path, "size", 0), "size");
        assertInvalid(list(path, "page", -1), "page");
        assertInvalid(list(path, "page", "first"), "page");
        assertInvalid(list(path, "size", "ten"), "size");
        assertInvalid(list(path, "sort", "secret"), "sort");
        assertInvalid(list(path, "sort", "createdAt,sideways"), "sort");
        assertInvalid(list(path, "sort", "createdAt,asc,x"), "sort");
        list(path, "sort", "createdAt,desc").statusCode(200);
        String codeFilter = resource.equals("localities") ? "countryCode" : "province";
        assertInvalid(list(path, codeFilter, "XX"), codeFilter);
        assertProblem(list(path + "/" + java.util.UUID.randomUUID()), 404);
    }
}
