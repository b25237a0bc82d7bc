package vn.ngoaid.common.quality;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataQualityScoreTest {

    private static DataQuality.CheckResult result(long failing, long total) {
        return new DataQuality.CheckResult("C", "a check", failing, total, List.of());
    }

    @Test
    void theMeanShareOfPassingRecordsOverTheChecksThatApply() {
        // 3 of 4 pass (75 %), 1 of 1 passes (100 %), a check with nothing to look at does not count: 87.5
        assertEquals(new BigDecimal("87.5"), DataQuality.score(List.of(result(1, 4), result(0, 1), result(0, 0))));
        // 2 of 3 pass: 66.666… rounds to 66.7
        assertEquals(new BigDecimal("66.7"), DataQuality.score(List.of(result(1, 3))));
        assertEquals(new BigDecimal("0.0"), DataQuality.score(List.of(result(5, 5))));
        assertEquals(new BigDecimal("100.0"), DataQuality.score(List.of(result(0, 0))));
    }
}
