package vn.ngoaid.common.reference;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDataTest {

    private static final ReferenceData REFERENCE = new ReferenceData();
    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    @Test
    void has63UnitsBeforeTheMergerAnd34After() {
        assertEquals(63, REFERENCE.provincesOn(BEFORE).size());
        assertEquals(34, REFERENCE.provincesOn(AFTER).size());
        assertEquals(97, REFERENCE.provinces().size());
    }

    @Test
    void readsACodeAgainstTheListOfItsDate() {
        assertEquals("Yên Bái", REFERENCE.provinceOn("15", BEFORE).orElseThrow().name());
        assertEquals("Lào Cai", REFERENCE.provinceOn("15", AFTER).orElseThrow().name());
        assertTrue(REFERENCE.provinceOn("02", BEFORE).isPresent());
        assertFalse(REFERENCE.provinceOn("02", AFTER).isPresent());
        assertTrue(REFERENCE.isProvinceCode("02"));
        assertFalse(REFERENCE.isProvinceCode("99"));
    }

    @Test
    void rollsOldCodesUpToTheirSuccessorFromTheMergerOn() {
        assertEquals("02", REFERENCE.provinceCodeOn("02", BEFORE));
        assertEquals("08", REFERENCE.provinceCodeOn("02", AFTER));
        assertEquals("15", REFERENCE.provinceCodeOn("10", AFTER));
        assertEquals("20", REFERENCE.provinceCodeOn("20", AFTER));
        for (Province current : REFERENCE.provincesOn(AFTER)) {
            assertEquals(current.code(), REFERENCE.provinceCodeOn(current.code(), AFTER), "a current code rolls up to itself");
        }
    }

    @Test
    void knowsCountriesCurrenciesAndSectorsInBothLanguages() {
        assertEquals("Germany", REFERENCE.country("DE").orElseThrow().name());
        assertEquals("Đức", REFERENCE.country("DE").orElseThrow().localName());
        assertEquals(0, REFERENCE.currency("VND").orElseThrow().minorUnitDigits());
        assertEquals(2, REFERENCE.currency("EUR").orElseThrow().minorUnitDigits());
        assertEquals("Basic health care", REFERENCE.sector("12220").orElseThrow().name());
        assertEquals("Chăm sóc y tế cơ bản", REFERENCE.sector("12220").orElseThrow().localName());
        assertFalse(REFERENCE.sector("99999").isPresent());
        assertTrue(REFERENCE.sectors().size() > 250);
    }

    @Test
    void splitsQuotedCsvFields() throws Exception {
        List<String[]> rows = ReferenceData.rows(new StringReader("code,category,name,note\n\n11320,113,\"Upper, \"\"secondary\"\"\",\n"));
        assertEquals(1, rows.size());
        assertArrayEquals(new String[]{"11320", "113", "Upper, \"secondary\"", ""}, rows.get(0));
    }
}
