package vn.ngoaid.common.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ETagsTest {

    @Test
    void matchesTheCurrentVersionInAnyOfItsForms() {
        assertEquals("\"3\"", ETags.of(3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"2\", \"3\"", 3));
    }

    @Test
    void staleIs412AndMissingIs428() {
        assertEquals(412, assertThrows(ApiException.class, () -> ETags.requireMatch("\"2\"", 3)).status());
        assertEquals(412, assertThrows(ApiException.class, () -> ETags.requireMatch("3", 3)).status());
        assertEquals(412, assertThrows(ApiException.class, () -> ETags.requireMatch("W/\"3\"", 3)).status());
        assertEquals(428, assertThrows(ApiException.class, () -> ETags.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ApiException.class, () -> ETags.requireMatch(" ", 3)).status());
        assertEquals(428, assertThrows(ApiException.class, () -> ETags.requireMatch("*", 3)).status());
    }

    @Test
    void ifNoneMatchComparesWeaklyAndOnlyTheSameGeneration() {
        String tag = ETags.weak("7");
        assertEquals("W/\"7\"", tag);
        assertTrue(ETags.noneMatchHits("W/\"7\"", tag));
        assertTrue(ETags.noneMatchHits("\"7\"", tag));
        assertTrue(ETags.noneMatchHits("W/\"6\", W/\"7\"", tag));
        assertTrue(ETags.noneMatchHits("*", tag));
        assertFalse(ETags.noneMatchHits("W/\"6\"", tag));
        assertFalse(ETags.noneMatchHits("W/\"17\"", tag));
        assertFalse(ETags.noneMatchHits(null, tag));
    }
}
