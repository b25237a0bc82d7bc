package vn.ngoaid.partner.agreement;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.partner.RegistryStub;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.byLocality;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.byOrganization;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.post;
import static vn.ngoaid.partner.Fixtures.put;
import static vn.ngoaid.partner.Fixtures.token;

/** Agreements: exactly one counterpart, organizations checked with the (stubbed) registry, dates, status, filters. */
@QuarkusTest
class AgreementTest {

    private static final String PATH = "/api/v1/agreements";

    @Test
    void localityCounterpartGivesItsNameAndCountry() {
        String name = "Guangxi " + token();
        String guangxi = createLocality(name, "CN", "REGION", null);
        post(PATH, agreement("20", byLocality(guangxi), "Agriculture " + token(), "2009-04-15"))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("counterpart.kind", equalTo("LOCALITY"))
                .body("counterpart.localityId", equalTo(guangxi))
                .body("counterpart.organizationId", nullValue())
                .body("counterpart.name", equalTo(name))
                .body("counterpart.countryCode", equalTo("CN"))
                .body("signatoryLevel", equalTo("PROVINCIAL_PEOPLES_COMMITTEE"))
                .body("sectors[0]", equalTo("31120"))
                .body("status", equalTo("IN_FORCE"));
    }

    @Test
    void registeredOrganizationIsCheckedAndItsNameAndCountryKept() {
        String name = "VECO " + token();
        UUID veco = RegistryStub.known(name, "BE");
        post(PATH, agreement("20", byOrganization(veco), "Value chains " + token(), "2010-06-01"))
                .statusCode(201)
                .body("counterpart.kind", equalTo("ORGANIZATION"))
                .body("counterpart.organizationId", equalTo(veco.toString()))
                .body("counterpart.name", equalTo(name))
                .body("counterpart.countryCode", equalTo("BE"));
        assertEquals(1, RegistryStub.requestsFor(veco));
        list(PATH, "organizationId", veco).statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void organizationUnknownToTheRegistryIs422() {
        UUID unknown = RegistryStub.unknown();
        String title = "Unknown org " + token();
        assertProblem(post(PATH, agreement("20", byOrganization(unknown), title, "2010-06-01")), 422)
                .body("detail", containsString("ngo-registry-service"))
                .body("detail", containsString(unknown.toString()));
        list(PATH, "q", title).body("totalItems", equalTo(0));
    }

    @Test
    void registryDownIs503QuicklyAndNothingIsStored() {
        // a first call warms the REST client up, so that the timing below is the registry's alone
        post(PATH, agreement("20", byOrganization(RegistryStub.known("Warm-up " + token(), "DE")), "Warm-up " + token(), "2010-06-01"))
                .statusCode(201);
        UUID down = RegistryStub.resetting();
        String title = "Registry down " + token();
        long started = System.nanoTime();
        assertProblem(post(PATH, agreement("20", byOrganization(down), title, "2010-06-01")), 503)
                .body("type", equalTo("urn:problem:ngo-aid:dependency-unavailable"));
        assertEquals(true, (System.nanoTime() - started) / 1_000_000 < 2000, "answered in under 2 s");
        list(PATH, "q", title).body("totalItems", equalTo(0));
    }

    @Test
    void registryTooSlowIs503WithinTwoSecondsAndNothingIsStored() {
        UUID slow = RegistryStub.slow();
        String title = "Registry slow " + token();
        String key = "slow-" + UUID.randomUUID();
        io.restassured.response.ValidatableResponse answer = vn.ngoaid.partner.Fixtures.api().header("Idempotency-Key", key)
                .body(vn.ngoaid.partner.Fixtures.json(agreement("20", byOrganization(slow), title, "2010-06-01")))
                .post(PATH).then();
        assertProblem(answer, 503).time(lessThan(2000L));
        list(PATH, "q", title).body("totalItems", equalTo(0));
    }

    @Test
    void counterpartMustBeExactlyOne() {
        String locality = createLocality("CN");
        assertInvalid(post(PATH, agreement("20", new LinkedHashMap<>(), "None " + token(), "2010-01-01")), "counterpart");
        Map<String, Object> two = byLocality(locality);
        two.put("name", "Someone");
        two.put("countryCode", "CN");
        assertInvalid(post(PATH, agreement("20", two, "Two " + token(), "2010-01-01")), "counterpart")
                .body("errors[0].message", containsString("exactly one"));
        Map<String, Object> three = byOrganization(UUID.randomUUID());
        three.put("localityId", locality);
        assertInvalid(post(PATH, agreement("20", three, "Three " + token(), "2010-01-01")), "counterpart");
        Map<String, Object> missing = agreement("20", byLocality(locality), "Missing " + token(), "2010-01-01");
        missing.remove("counterpart");
        assertInvalid(post(PATH, missing), "counterpart");
    }

    @Test
    void aNamedCounterpartNeedsOnlyItsNameAndAKnownCountryIfAny() {
        Map<String, Object> nameOnly = new LinkedHashMap<>();
        nameOnly.put("name", "Pingxiang Chamber of Commerce");
        post(PATH, agreement("20", nameOnly, "Named " + token(), "2010-01-01"))
                .statusCode(201).body("counterpart.kind", equalTo("NAMED")).body("counterpart.countryCode", nullValue());
        assertInvalid(post(PATH, agreement("20", byName("X", "XX"), "Named " + token(), "2010-01-01")), "counterpart.countryCode");
        post(PATH, agreement("20", byName("Pingxiang Chamber of Commerce", "CN"), "Named " + token(), "2010-01-01"))
                .statusCode(201).body("counterpart.kind", equalTo("NAMED")).body("counterpart.countryCode", equalTo("CN"));
    }

    @Test
    void aCountryGivenWithALocalityMustBeItsOwn() {
        Map<String, Object> counterpart = byLocality(createLocality("CN"));
        counterpart.put("countryCode", "LA");
        assertProblem(post(PATH, agreement("20", counterpart, "Mismatch " + token(), "2010-01-01")), 422);
        counterpart.put("countryCode", "CN");
        post(PATH, agreement("20", counterpart, "Match " + token(), "2010-01-01")).statusCode(201);
    }

    @Test
    void unknownLocalityIs422() {
        assertProblem(post(PATH, agreement("20", byLocality(UUID.randomUUID().toString()), "Nowhere " + token(), "2010-01-01")), 422);
    }

    @Test
    void validUntilBeforeSignedOnIs400AndExpiredFollowsFromIt() {
        String locality = createLocality("CN");
        Map<String, Object> body = agreement("20", byLocality(locality), "Dates " + token(), "2010-01-01");
        body.put("validUntil", "2009-12-31");
        assertInvalid(post(PATH, body), "validUntil");
        body.put("validUntil", "2012-12-31");
        String id = post(PATH, body).statusCode(201).body("status", equalTo("EXPIRED")).extract().path("id");
        // EXPIRED only where it follows from validUntil, as a GET answers it: sent back, it is kept IN_FORCE
        body.put("status", "EXPIRED");
        Map<String, Object> sentBack = new LinkedHashMap<>(body);
        sentBack.put("title", "Sent back " + token());
        post(PATH, sentBack).statusCode(201).body("status", equalTo("EXPIRED"));
        Map<String, Object> notYet = new LinkedHashMap<>(body);
        notYet.put("title", "Not yet " + token());
        notYet.put("validUntil", LocalDate.now().plusYears(1).toString());
        assertInvalid(post(PATH, notYet), "status");
        body.put("status", "TERMINATED");
        put(PATH + "/" + id, "\"0\"", body).statusCode(200).body("status", equalTo("TERMINATED"));

        String t = token();
        Map<String, Object> current = agreement("20", byLocality(locality), "Current " + t, "2020-01-01");
        current.put("validUntil", LocalDate.now().plusYears(5).toString());
        post(PATH, current).statusCode(201).body("status", equalTo("IN_FORCE"));
        Map<String, Object> old = agreement("20", byLocality(locality), "Old " + t, "2010-01-01");
        old.put("validUntil", "2015-01-01");
        post(PATH, old).statusCode(201);
        list(PATH, "q", t, "status", "IN_FORCE").body("totalItems", equalTo(1)).body("items[0].title", equalTo("Current " + t));
        list(PATH, "q", t, "status", "EXPIRED").body("totalItems", equalTo(1)).body("items[0].title", equalTo("Old " + t));
        list(PATH, "q", t, "status", "TERMINATED").body("totalItems", equalTo(0));
    }

    @Test
    void putChecksTheOrganizationOnlyWhenItChanges() {
        UUID adb = RegistryStub.known("Asian Development Bank " + token(), "PH");
        Map<String, Object> body = agreement("20", byOrganization(adb), "ADB " + token(), "2011-03-01");
        String id = post(PATH, body).statusCode(201).extract().path("id");
        assertEquals(1, RegistryStub.requestsFor(adb));
        body.put("title", "ADB renamed " + token());
        assertProblem(put(PATH + "/" + id, null, body), 428);
        assertProblem(put(PATH + "/" + id, "\"3\"", body), 412);
        put(PATH + "/" + id, "\"0\"", body).statusCode(200).body("counterpart.countryCode", equalTo("PH"));
        assertEquals(1, RegistryStub.requestsFor(adb));
        // another organization is asked for, and an unknown one is refused
        body.put("counterpart", byOrganization(RegistryStub.unknown()));
        assertProblem(put(PATH + "/" + id, "\"1\"", body), 422);
        // a named party replaces the organization entirely
        body.put("counterpart", byName("Some bank", "JP"));
        put(PATH + "/" + id, "\"1\"", body).statusCode(200)
                .body("counterpart.organizationId", nullValue()).body("counterpart.countryCode", equalTo("JP"));
    }

    @Test
    void filtersByCountryDatesAndSearch() {
        String t = token();
        String guangxi = createLocality("Guangxi " + t, "CN", "REGION", null);
        post(PATH, agreement("20", byLocality(guangxi), "Trade " + t, "2008-05-01")).statusCode(201);
        post(PATH, agreement("20", byLocality(guangxi), "Health " + t, "2010-05-01")).statusCode(201);
        post(PATH, agreement("22", byName("Lao Women's Union " + t, "LA"), "Scholarships " + t, "2012-05-01")).statusCode(201);

        list(PATH, "q", t).body("totalItems", equalTo(3));
        list(PATH, "q", "guangxi " + t).body("totalItems", equalTo(2));
        list(PATH, "q", "lao women").body("items.title", org.hamcrest.Matchers.hasItem("Scholarships " + t));
        list(PATH, "q", "hop tac trade " + t).body("totalItems", equalTo(1));
        list(PATH, "q", t, "countryCode", "CN").body("totalItems", equalTo(2));
        list(PATH, "q", t, "countryCode", "LA").body("totalItems", equalTo(1));
        list(PATH, "q", t, "province", "22").body("totalItems", equalTo(1));
        list(PATH, "q", t, "localityId", guangxi).body("totalItems", equalTo(2));
        list(PATH, "q", t, "year", 2010).body("totalItems", equalTo(1)).body("items[0].title", equalTo("Health " + t));
        list(PATH, "q", t, "signedFrom", "2009-01-01", "signedTo", "2012-12-31").body("totalItems", equalTo(2));
        list(PATH, "q", t, "sector", "31120").body("totalItems", equalTo(3));
        list(PATH, "q", t, "sort", "signedOn,desc").body("items[0].title", equalTo("Scholarships " + t));
        assertInvalid(list(PATH, "signedFrom", "2012-01-01", "signedTo", "2011-01-01"), "signedTo");
        assertInvalid(list(PATH, "signedFrom", "yesterday"), "signedFrom");
        assertInvalid(list(PATH, "year", "20x0"), "year");
        assertInvalid(list(PATH, "year", 99999), "year");
        assertInvalid(list(PATH, "status", "VALID"), "status");
    }
}
