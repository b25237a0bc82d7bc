package vn.ngoaid.common.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GroupByTest {

    private static final Set<String> KNOWN = Set.of("province", "year", "country");

    @Test
    void absentOrBlankIsNoDimension() {
        assertEquals(List.of(), GroupBy.parse(null, KNOWN));
        assertEquals(List.of(), GroupBy.parse(List.of(" "), KNOWN));
    }

    @Test
    void keepsTheAskedOrderTrimmedCommaSeparatedOrRepeated() {
        assertEquals(List.of("year", "province"), GroupBy.parse(List.of(" year,,province "), KNOWN));
        assertEquals(List.of("year", "province", "country"), GroupBy.parse(List.of("year", "province,country"), KNOWN));
    }

    @Test
    void anUnknownDimensionIs400NamingGroupByAndTheKnownOnes() {
        ApiException e = assertThrows(ApiException.class, () -> GroupBy.parse(List.of("province,sector"), KNOWN));
        assertEquals(400, e.status());
        assertEquals("groupBy", e.errors().get(0).field());
        assertEquals("unknown dimension 'sector'; use country, province, year", e.errors().get(0).message());
    }

    @Test
    void aDimensionNamedTwiceIs400() {
        ApiException e = assertThrows(ApiException.class, () -> GroupBy.parse(List.of("year,province", "year"), KNOWN));
        assertEquals("'year' is named twice", e.errors().get(0).message());
    }
}
