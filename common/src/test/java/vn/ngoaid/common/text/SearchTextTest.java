package vn.ngoaid.common.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTextTest {

    @Test
    void foldsCaseAccentsAndTheLetterDd() {
        assertEquals("lang son", SearchText.fold("Lạng Sơn"));
        assertEquals("lang son", SearchText.fold("LẠNG  SƠN "));
        assertEquals("da nang", SearchText.fold("Đà Nẵng"));
        assertEquals("tuyen quang", SearchText.fold("Tuyên\tQuang"));
    }

    @Test
    void foldsDecomposedInputLikeComposedInput() {
        String decomposed = "La\u0323ng So\u031Bn";
        assertEquals(SearchText.fold("Lạng Sơn"), SearchText.fold(decomposed));
    }

    @Test
    void dropsControlCharactersAndToleratesNull() {
        assertEquals("ab", SearchText.fold("a\u0000b").replace(" ", ""));
        assertEquals("", SearchText.fold(null));
    }

    @Test
    void joinsFieldsSkippingEmptyOnes() {
        assertEquals("world vision international wvi", SearchText.of("World Vision International", null, " ", "WVI"));
    }

    @Test
    void escapesLikeWildcards() {
        assertEquals("%100\\% a\\_b%", SearchText.containsPattern("100% a_b"));
        assertEquals("a\\\\b", SearchText.escapeLike("a\\b"));
    }
}
