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
        assertEquals(List.of(), GroupBy.parse(" ", KNOWN));
    }

    @Test
    void keepsTheAskedOrderTrimmedAndEachOnce() {
        assertEquals(List.of("year", "province"), GroupBy.parse(" year,province,,year ", KNOWN));
    }

    @Test
    void anUnknownDimensionIs400NamingGroupByAndTheKnownOnes() {
        ApiException e = assertThrows(ApiException.class, () -> GroupBy.parse("province,sector", KNOWN));
        assertEquals(400, e.status());
        assertEquals("unknown dimension 'sector'; use country, province, year", e.errors().get(0).message());
    }
}
