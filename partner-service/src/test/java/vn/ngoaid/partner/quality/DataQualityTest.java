package vn.ngoaid.partner.quality;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.QualityFigures;

import java.util.Map;

import static vn.ngoaid.common.testing.QualityFigures.assertAdded;
import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.byLocality;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.create;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;

/** GET /api/v1/data-quality over Yên Bái (15), which this class alone uses, against counts worked out by hand. */
@QuarkusTest
class DataQualityTest {

    private static final String PROVINCE = "15";

    @Test
    void recordsWithoutALocality() {
        Map<String, long[]> before = QualityFigures.of(PROVINCE);
        String locality = createLocality("CN");
        Map<String, Object> withLocality = exchange(PROVINCE, "INBOUND", "Delegation of Văn Sơn", "2019-05-02");
        withLocality.put("localityId", locality);
        withLocality.put("participants", 12);
        create("/api/v1/exchanges", withLocality);
        Map<String, Object> withoutLocality = exchange(PROVINCE, "OUTBOUND", "Study tour", "2019-06-02");
        withoutLocality.put("countryCode", "LA");
        create("/api/v1/exchanges", withoutLocality);
        create("/api/v1/agreements", agreement(PROVINCE, byLocality(locality), "Cooperation in trade", "2019-03-01"));
        create("/api/v1/agreements", agreement(PROVINCE, byName("Asian Development Bank", "PH"), "Loan agreement", "2019-04-01"));

        Map<String, long[]> after = QualityFigures.of(PROVINCE);
        assertAdded(before, after, "EXCHANGE_WITHOUT_LOCALITY", 1, 2);
        assertAdded(before, after, "AGREEMENT_WITHOUT_LOCALITY", 1, 2);
        assertAdded(before, after, "EXCHANGE_WITHOUT_PARTICIPANTS", 1, 2);
    }
}
