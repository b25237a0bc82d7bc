package vn.ngoaid.common.label;

import java.util.Locale;

/** The languages labels come in: English (the default) and Vietnamese, chosen by {@code Accept-Language}. */
public enum Language {
    EN, VI;

    /**
     * The one of English and Vietnamese the caller prefers by its {@code Accept-Language} header (RFC 9110 weights;
     * the first listed wins a tie); English when it names neither. A malformed entry counts as absent, so a label
     * never costs a 400.
     */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null) {
            return EN;
        }
        Language best = EN;
        double bestWeight = 0;
        for (String entry : acceptLanguage.split(",")) {
            String[] parts = entry.trim().split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            Language language = tag.equals("vi") || tag.startsWith("vi-") ? VI
                    : tag.equals("en") || tag.startsWith("en-") ? EN : null;
            double weight = weight(parts);
            if (language != null && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return best;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** The {@code Content-Language} of an answer in this language. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
