package vn.ngoaid.common.record;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhereTest {

    @Test
    void withoutValuesThereIsNoClauseAndNoParameter() {
        Where where = new Where().equal("p.province", "province", null).add("p.kind = :kind", "kind", null)
                .atLeast("p.since", "from", null).atMost("p.since", "to", null).inYear("p.since", null)
                .search("p.searchText like :q escape '\\'", null).searchText("p", " \t ");
        assertEquals("", where.clause());
        assertTrue(where.map().isEmpty());
    }

    @Test
    void conditionsWithValuesAreJoinedByAndInTheirOrder() {
        Where where = new Where().equal("p.province", "province", "08").equal("p.kind", "kind", null)
                .add("exists (from Locality l where l.countryCode = :country)", "country", "LA")
                .atLeast("p.since", "fromDate", LocalDate.of(2011, 1, 1)).atMost("p.since", "toDate", LocalDate.of(2012, 1, 1))
                .add("p.status = 'ENDED'");
        assertEquals(" where p.province = :province and exists (from Locality l where l.countryCode = :country)"
                + " and p.since >= :fromDate and p.since <= :toDate and p.status = 'ENDED'", where.clause());
        assertEquals(Map.of("province", "08", "country", "LA", "fromDate", LocalDate.of(2011, 1, 1),
                "toDate", LocalDate.of(2012, 1, 1)), where.map());
        assertEquals(where.map(), where.parameters().map());
    }

    @Test
    void aYearBindsItsFirstAndLastDay() {
        Where where = new Where().inYear("e.startDate", 2009);
        assertEquals(" where e.startDate >= :yearStart and e.startDate <= :yearEnd", where.clause());
        assertEquals(Map.of("yearStart", LocalDate.of(2009, 1, 1), "yearEnd", LocalDate.of(2009, 12, 31)), where.map());
    }

    @Test
    void aSearchBindsTheFoldedTermAsAContainsPatternWithItsWildcardsEscaped() {
        Where where = new Where().searchText("l", "Lạng  SƠN_50%");
        assertEquals(" where l.searchText like :q escape '\\'", where.clause());
        assertEquals(Map.of("q", "%lang son\\_50\\%%"), where.map());
    }

    @Test
    void aSearchOfOnlySpacesOrMarksIsNoCondition() {
        assertEquals("", new Where().search("x like :q", "  ").clause());
        assertEquals("", new Where().search("x like :q", "\u0301").clause());
    }
}
