package vn.ngoaid.common.api;

import java.math.BigDecimal;

public final class Decimals {

    private Decimals() {
    }

    /** The number without trailing zeros and never in exponent form: 60.0000 → 60, 23208.50 → 23208.5. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
