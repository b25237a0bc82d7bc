package vn.ngoaid.partner.exchange;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.partner.RegistryStub;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.post;
import static vn.ngoaid.partner.Fixtures.put;
import static vn.ngoaid.partner.Fixtures.token;

/** Exchanges: counterparts (locality, registry organization, country), batches of delegations, dates and filters. */
@QuarkusTest
class ExchangeTest {

    private static final String PATH = "/api/v1/exchanges";

    @Test
    void aSingleDelegationToALocalityTakesItsCountry() {
        String t = token();
        String yunnan = createLocality("Yunnan " + t, "CN", "PROVINCE", null);
        Map<String, Object> body = exchange("12", "OUTBOUND", "Exchange in Yunnan " + t, "2015-09-14");
        body.put("localityId", yunnan);
        body.put("endDate", "2015-09-17");
        body.put("participants", 15);
        post(PATH, body).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("direction", equalTo("OUTBOUND"))
                .body("localityName", equalTo("Yunnan " + t))
                .body("countryCode", equalTo("CN"))
                .body("delegations", equalTo(1))
                .body("participants", equalTo(15))
                .body("endDate", equalTo("2015-09-17"));
    }

    @Test
    void aSingleDelegationNeedsACounterpartOrACountryButABatchMayNot() {
        Map<String, Object> body = exchange("20", "INBOUND", "Visitors " + token(), "2009-01-01");
        assertInvalid(post(PATH, body), "countryCode");
        body.put("countryCode", "JP");
        post(PATH, body).statusCode(201).body("countryCode", equalTo("JP"));
        Map<String, Object> batch = exchange("20", "INBOUND", "Visitors of 2009 " + token(), "2009-01-01");
        batch.put("endDate", "2009-12-31");
        batch.put("delegations", 75);
        batch.put("participants", 520);
        post(PATH, batch).statusCode(201).body("countryCode", nullValue()).body("delegations", equalTo(75));
    }

    @Test
    void numbersAndDatesAreChecked() {
        Map<String, Object> body = exchange("20", "OUTBOUND", "Checks " + token(), "2010-05-01");
        body.put("countryCode", "CN");
        body.put("endDate", "2010-04-30");
        assertInvalid(post(PATH, body), "endDate");
        body.put("endDate", "2010-05-01");
        body.put("participants", 0);
        assertInvalid(post(PATH, body), "participants");
        body.put("delegations", 0);
        assertInvalid(post(PATH, body), "delegations");
        body.put("delegations", 10);
        body.put("participants", 9);
        assertInvalid(post(PATH, body), "participants").body("errors[0].message", containsString("10"));
        body.put("participants", 10);
        post(PATH, body).statusCode(201);
        body.put("direction", "SIDEWAYS");
        assertInvalid(post(PATH, body), "direction");
        body.put("direction", "INBOUND");
        body.put("participants", 1.5);
        assertInvalid(post(PATH, body), "participants");
    }

    @Test
    void organizationIsCheckedWithTheRegistry() {
        String name = "Good Neighbors " + token();
        UUID gni = RegistryStub.known(name, "KR");
        Map<String, Object> body = exchange("08", "INBOUND", "GNI visit " + token(), "2014-03-01");
        body.put("organizationId", gni.toString());
        post(PATH, body).statusCode(201)
                .body("organizationId", equalTo(gni.toString()))
                .body("organizationName", equalTo(name))
                .body("countryCode", equalTo("KR"));
        body.put("countryCode", "US");
        assertProblem(post(PATH, body), 422);

        Map<String, Object> unknown = exchange("08", "INBOUND", "Unknown " + token(), "2014-03-01");
        unknown.put("organizationId", RegistryStub.unknown().toString());
        assertProblem(post(PATH, unknown), 422).body("detail", containsString("ngo-registry-service"));
    }

    @Test
    void aLocalityWinsOverTheOrganizationForTheCountry() {
        UUID org = RegistryStub.known("Belgian NGO " + token(), "BE");
        Map<String, Object> body = exchange("20", "OUTBOUND", "Both " + token(), "2011-03-01");
        body.put("organizationId", org.toString());
        body.put("localityId", createLocality("CN"));
        post(PATH, body).statusCode(201).body("countryCode", equalTo("CN")).body("organizationName", containsString("Belgian"));
    }

    @Test
    void registryDownIs503QuicklyAndNothingIsStored() {
        String title = "Down " + token();
        Map<String, Object> body = exchange("20", "INBOUND", title, "2011-03-01");
        // a first call warms the REST client up, so that the timings below are the registry's alone
        body.put("organizationId", RegistryStub.known("Warm-up " + token(), "DE").toString());
        post(PATH, body).statusCode(201);
        body.put("title", title = "Down " + token());
        body.put("organizationId", RegistryStub.resetting().toString());
        assertProblem(post(PATH, body), 503).time(lessThan(2000L));
        body.put("organizationId", RegistryStub.slow().toString());
        assertProblem(post(PATH, body), 503).time(lessThan(2000L));
        list(PATH, "q", title).body("totalItems", equalTo(0));
    }

    @Test
    void putReplacesTheWholeExchange() {
        Map<String, Object> body = exchange("20", "INBOUND", "Put " + token(), "2011-03-01");
        body.put("countryCode", "CN");
        body.put("participants", 5);
        String id = post(PATH, body).statusCode(201).extract().path("id");
        body.remove("participants");
        body.put("delegations", 2);
        assertProblem(put(PATH + "/" + id, null, body), 428);
        assertProblem(put(PATH + "/" + id, "\"1\"", body), 412);
        put(PATH + "/" + id, "\"0\"", body).statusCode(200).body("participants", nullValue()).body("delegations", equalTo(2));
        assertProblem(put(PATH + "/" + UUID.randomUUID(), "\"0\"", body), 404);
    }

    @Test
    void filtersByDirectionCountryDatesAndSearch() {
        String t = token();
        String yunnan = createLocality("Yunnan " + t, "CN", "PROVINCE", null);
        Map<String, Object> a = exchange("12", "INBOUND", "Festival " + t, "2013-02-01");
        a.put("localityId", yunnan);
        post(PATH, a).statusCode(201);
        Map<String, Object> b = exchange("12", "OUTBOUND", "Trade fair " + t, "2014-06-01");
        b.put("localityId", yunnan);
        post(PATH, b).statusCode(201);
        Map<String, Object> c = exchange("12", "OUTBOUND", "Hội chợ Luông Pha Băng " + t, "2014-09-01");
        c.put("countryCode", "LA");
        post(PATH, c).statusCode(201);

        list(PATH, "q", t).body("totalItems", equalTo(3));
        list(PATH, "q", "luong pha bang " + t).body("totalItems", equalTo(1));
        list(PATH, "q", "yunnan " + t).body("totalItems", equalTo(2));
        list(PATH, "q", t, "direction", "outbound").body("totalItems", equalTo(2));
        list(PATH, "q", t, "countryCode", "CN").body("totalItems", equalTo(2));
        list(PATH, "q", t, "countryCode", "LA").body("totalItems", equalTo(1));
        list(PATH, "q", t, "localityId", yunnan).body("totalItems", equalTo(2));
        list(PATH, "q", t, "year", 2014).body("totalItems", equalTo(2));
        list(PATH, "q", t, "fromDate", "2014-01-01", "toDate", "2014-07-01").body("totalItems", equalTo(1));
        list(PATH, "q", t, "sort", "startDate,desc").body("items[0].title", equalTo("Hội chợ Luông Pha Băng " + t));
        assertInvalid(list(PATH, "fromDate", "2014-02-01", "toDate", "2014-01-01"), "toDate");
        assertInvalid(list(PATH, "direction", "UP"), "direction");
    }
}
