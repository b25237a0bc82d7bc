package vn.ngoaid.partner.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.RoundTrips;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.association;
import static vn.ngoaid.partner.Fixtures.byLocality;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.create;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.Fixtures.twinning;

/** A record as GET answers it goes back by PUT unchanged: 200, same ETag, same answer; for every record type. */
@QuarkusTest
class RoundTripTest {

    @Test
    void everyRecordTypeTakesBackWhatItsGetAnswered() throws Exception {
        String t = token();
        String dongxing = createLocality("Dongxing " + t, "CN", "CITY", null);
        create("/api/v1/partnerships", partnership("22", dongxing, "FRIENDSHIP", "2011-07-06"));
        create("/api/v1/agreements", agreement("22", byLocality(dongxing), "Trade " + t, "2012-03-01"));
        create("/api/v1/agreements", agreement("22", byName("Chamber " + t, "CN"), "Fairs " + t, "2013-03-01"));
        create("/api/v1/twinnings", twinning("22", "Thôn " + t, "VILLAGE", "Village " + t, "VILLAGE", dongxing, "2016-05-20"));
        java.util.Map<String, Object> visit = exchange("22", "INBOUND", "Visit " + t, "2015-09-14");
        visit.put("localityId", dongxing);
        create("/api/v1/exchanges", visit);
        create("/api/v1/friendship-associations", association("22", "Vietnam–China " + t, "CN", 520));
        assertThat(RoundTrips.everyPutTakesBackWhatGetAnswered(List.of("sort", "createdAt,desc"), 5), containsInAnyOrder(List.of(
                "/api/v1/localities/{id}", "/api/v1/partnerships/{id}", "/api/v1/agreements/{id}",
                "/api/v1/twinnings/{id}", "/api/v1/exchanges/{id}", "/api/v1/friendship-associations/{id}").toArray()));
    }
}
