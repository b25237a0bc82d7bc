package vn.ngoaid.common.text;

/** How optional text fields are stored: trimmed, and null rather than blank. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
