package vn.ngoaid.partner.shared;

/** Small text helpers shared by the features. */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
