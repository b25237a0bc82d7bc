package vn.ngoaid.common.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds text for case- and accent-insensitive search: {@code "Lạng Sơn"} and {@code "LANG SON"} both become
 * {@code "lang son"}. Entities store the folded form of their searchable fields in a column, and queries fold the
 * search term the same way, so both sides always agree.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}]+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded concatenation of several fields, for a search column. */
    public static String of(String... fields) {
        return Arrays.stream(fields).filter(Objects::nonNull).map(SearchText::fold)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /** A LIKE pattern matching the folded term anywhere, with LIKE's wildcards escaped (escape character '\'). */
    public static String containsPattern(String term) {
        return "%" + escapeLike(fold(term)) + "%";
    }

    /** Escapes LIKE's wildcards and its escape character '\', and drops control characters. */
    public static String escapeLike(String text) {
        return text.replaceAll("\\p{Cc}", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
