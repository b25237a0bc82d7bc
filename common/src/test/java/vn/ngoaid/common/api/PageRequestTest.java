package vn.ngoaid.common.api;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "o.name", "createdAt", "o.createdAt");

    @Test
    void defaultsToFirstPageOfTwentyInTheDefaultOrder() {
        PageRequest request = PageRequest.of(null, null, null, SORTABLE, "name,asc");
        assertEquals(0, request.page());
        assertEquals(20, request.size());
        assertEquals("o.name asc", request.orderBy());
    }

    @Test
    void mapsTheSortFieldToItsExpression() {
        assertEquals("o.createdAt desc", PageRequest.of(2, 50, "createdAt,DESC", SORTABLE, "name").orderBy());
        assertEquals(100, PageRequest.of(2, 50, null, SORTABLE, "name").offset());
    }

    @Test
    void rejectsOutOfBoundsValuesNamingTheParameter() {
        assertField("page", () -> PageRequest.of(-1, 20, null, SORTABLE, "name"));
        assertField("size", () -> PageRequest.of(0, 0, null, SORTABLE, "name"));
        assertField("size", () -> PageRequest.of(0, 201, null, SORTABLE, "name"));
        assertField("page", () -> PageRequest.of(Integer.MAX_VALUE, 200, null, SORTABLE, "name"));
        assertField("sort", () -> PageRequest.of(0, 20, "password", SORTABLE, "name"));
        assertField("sort", () -> PageRequest.of(0, 20, "name,sideways", SORTABLE, "name"));
        assertField("sort", () -> PageRequest.of(0, 20, "name,asc,x", SORTABLE, "name"));
        assertEquals(200, PageRequest.of(0, 200, null, SORTABLE, "name").size());
    }

    private static void assertField(String field, Runnable call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(400, e.status());
        assertEquals(field, e.errors().get(0).field());
    }
}
