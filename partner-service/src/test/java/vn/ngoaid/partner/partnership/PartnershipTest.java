package vn.ngoaid.partner.partnership;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.post;
import static vn.ngoaid.partner.Fixtures.put;
import static vn.ngoaid.partner.Fixtures.token;

/** Partnerships: the locality must exist, dates in order, one per province, locality and kind; filters and search. */
@QuarkusTest
class PartnershipTest {

    private static final String PATH = "/api/v1/partnerships";

    @Test
    void createAnswers201WithTheLocalitysNameAndCountry() {
        String name = "Xiangkhouang " + token();
        String locality = createLocality(name, "LA", "PROVINCE", null);
        Map<String, Object> body = partnership("08", locality, "FRIENDSHIP", "2011-07-06");
        body.remove("status");
        post(PATH, body).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString(PATH + "/"))
                .body("id", notNullValue())
                .body("province", equalTo("08"))
                .body("localityId", equalTo(locality))
                .body("localityName", equalTo(name))
                .body("countryCode", equalTo("LA"))
                .body("kind", equalTo("FRIENDSHIP"))
                .body("since", equalTo("2011-07-06"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void unknownLocalityIs422() {
        assertProblem(post(PATH, partnership("08", UUID.randomUUID().toString(), "FRIENDSHIP", "2011-01-01")), 422)
                .body("detail", containsString("locality"));
    }

    @Test
    void untilBeforeSinceIs400() {
        String locality = createLocality("LA");
        Map<String, Object> body = partnership("08", locality, "FRIENDSHIP", "2011-01-01");
        body.put("until", "2010-12-31");
        assertInvalid(post(PATH, body), "until");
        body.put("until", "2011-01-01");
        post(PATH, body).statusCode(201).body("until", equalTo("2011-01-01"));
    }

    @Test
    void invalidFieldsAre400() {
        String locality = createLocality("LA");
        assertInvalid(post(PATH, partnership("99", locality, "FRIENDSHIP", "2011-01-01")), "province");
        assertInvalid(post(PATH, partnership("08", locality, "ALLIANCE", "2011-01-01")), "kind");
        assertInvalid(post(PATH, partnership("08", locality, "FRIENDSHIP", "2011-02-30")), "since");
        Map<String, Object> badStatus = partnership("08", locality, "FRIENDSHIP", "2011-01-01");
        badStatus.put("status", "PAUSED");
        assertInvalid(post(PATH, badStatus), "status");
    }

    @Test
    void provinceMustBeAUnitOnTheDate() {
        String locality = createLocality("LA");
        // 02 Hà Giang became part of 08 Tuyên Quang on 2025-07-01
        post(PATH, partnership("02", locality, "FRIENDSHIP", "2020-01-01")).statusCode(201);
        assertProblem(post(PATH, partnership("02", locality, "COOPERATION", "2025-08-01")), 422)
                .body("detail", containsString("08"));
    }

    @Test
    void sameProvinceLocalityAndKindTwiceIs409() {
        String locality = createLocality("KR");
        post(PATH, partnership("08", locality, "SISTER", "2012-01-01")).statusCode(201);
        assertProblem(post(PATH, partnership("08", locality, "SISTER", "2015-01-01")), 409);
        post(PATH, partnership("08", locality, "COOPERATION", "2015-01-01")).statusCode(201);
        post(PATH, partnership("12", locality, "SISTER", "2015-01-01")).statusCode(201);
    }

    @Test
    void putReplacesWithETagAndKeepsTheRules() {
        String locality = createLocality("CN");
        String other = createLocality("CN");
        String id = post(PATH, partnership("08", locality, "COOPERATION", "2012-01-01")).statusCode(201).extract().path("id");
        post(PATH, partnership("08", other, "COOPERATION", "2012-01-01")).statusCode(201);
        Map<String, Object> ended = partnership("08", locality, "COOPERATION", "2012-01-01");
        ended.put("status", "ENDED");
        ended.put("until", "2019-12-31");
        assertProblem(put(PATH + "/" + id, null, ended), 428);
        assertProblem(put(PATH + "/" + id, "\"1\"", ended), 412);
        put(PATH + "/" + id, "\"0\"", ended).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ENDED")).body("until", equalTo("2019-12-31"));
        // moving it onto the other locality's existing partnership of the same kind is a duplicate
        assertProblem(put(PATH + "/" + id, "\"1\"", partnership("08", other, "COOPERATION", "2012-01-01")), 409);
        assertProblem(put(PATH + "/" + UUID.randomUUID(), "\"0\"", ended), 404);
    }

    @Test
    void filtersAndSearchCombine() {
        String t = token();
        String laos = createLocality("Houaphanh " + t, "LA", "PROVINCE", null);
        String china = createLocality("Guangxi " + t, "CN", "REGION", null);
        String a = post(PATH, partnership("22", laos, "COOPERATION", "2011-01-01")).statusCode(201).extract().path("id");
        post(PATH, partnership("22", china, "BORDER_COOPERATION", "2008-01-01")).statusCode(201);
        Map<String, Object> suspended = partnership("20", china, "FRIENDSHIP", "2009-01-01");
        suspended.put("status", "SUSPENDED");
        post(PATH, suspended).statusCode(201);

        list(PATH, "q", t).statusCode(200).body("totalItems", equalTo(3));
        list(PATH, "q", "houaphanh " + t).statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(a));
        list(PATH, "q", t, "province", "22").statusCode(200).body("totalItems", equalTo(2));
        list(PATH, "q", t, "countryCode", "CN").statusCode(200).body("totalItems", equalTo(2));
        list(PATH, "q", t, "localityId", laos).statusCode(200).body("totalItems", equalTo(1));
        list(PATH, "q", t, "kind", "BORDER_COOPERATION").statusCode(200).body("totalItems", equalTo(1));
        list(PATH, "q", t, "status", "SUSPENDED").statusCode(200).body("totalItems", equalTo(1));
        list(PATH, "q", t, "sort", "since,desc").statusCode(200).body("items[0].since", equalTo("2011-01-01"));
        list(PATH, "q", t, "sort", "since").statusCode(200).body("items[0].since", equalTo("2008-01-01"));
        assertInvalid(list(PATH, "kind", "X"), "kind");
        assertInvalid(list(PATH, "province", "999"), "province");
    }
}
