package vn.ngoaid.partner.association;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.association;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.post;
import static vn.ngoaid.partner.Fixtures.put;
import static vn.ngoaid.partner.Fixtures.token;

/** Friendship associations: unique name per province, members, country filters. */
@QuarkusTest
class FriendshipAssociationTest {

    private static final String PATH = "/api/v1/friendship-associations";

    @Test
    void createAndDuplicateNameInTheSameProvinceIs409() {
        String name = "Vietnam–China " + token();
        post(PATH, association("22", name, "CN", 520)).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("counterpartCountry", equalTo("CN"))
                .body("members", equalTo(520))
                .body("founded", equalTo("2010-05-19"));
        assertProblem(post(PATH, association("22", name.toUpperCase(), "CN", 1)), 409);
        post(PATH, association("12", name, "CN", null)).statusCode(201).body("members", nullValue());
    }

    @Test
    void invalidFieldsAre400() {
        assertInvalid(post(PATH, association("22", "Bad " + token(), "CN", -1)), "members");
        assertInvalid(post(PATH, association("22", "Bad " + token(), "ZZ", 1)), "counterpartCountry");
        assertInvalid(post(PATH, association("00", "Bad " + token(), "CN", 1)), "province");
        Map<String, Object> body = association("22", "Bad " + token(), "CN", 1);
        body.put("founded", "10/05/2010");
        assertInvalid(post(PATH, body), "founded");
    }

    @Test
    void putNeedsTheETagAndKeepsNamesUnique() {
        String t = token();
        String id = post(PATH, association("08", "Vietnam–Laos " + t, "LA", null)).statusCode(201).extract().path("id");
        post(PATH, association("08", "Vietnam–France " + t, "FR", null)).statusCode(201);
        Map<String, Object> body = association("08", "Vietnam–Laos " + t, "LA", 120);
        assertProblem(put(PATH + "/" + id, null, body), 428);
        assertProblem(put(PATH + "/" + id, "\"5\"", body), 412);
        put(PATH + "/" + id, "\"0\"", body).statusCode(200).body("members", equalTo(120));
        assertProblem(put(PATH + "/" + id, "\"1\"", association("08", "vietnam–france " + t, "FR", 1)), 409);
    }

    @Test
    void filtersByProvinceCountryEitherNameAndSearch() {
        String t = token();
        post(PATH, association("22", "Hội Việt Nam – Nhật Bản " + t, "JP", 310)).statusCode(201);
        post(PATH, association("22", "Hội Việt Nam – Pháp " + t, "FR", 220)).statusCode(201);
        post(PATH, association("08", "Hội Việt Nam – Pháp " + t, "FR", null)).statusCode(201);
        list(PATH, "q", t).body("totalItems", equalTo(3));
        list(PATH, "q", "VIET NAM – NHAT BAN " + t).body("totalItems", equalTo(1));
        list(PATH, "q", t, "province", "22").body("totalItems", equalTo(2));
        list(PATH, "q", t, "counterpartCountry", "FR").body("totalItems", equalTo(2));
        list(PATH, "q", t, "countryCode", "FR").body("totalItems", equalTo(2));
        list(PATH, "q", t, "sort", "members,desc", "province", "22").body("items[0].members", equalTo(310));
        assertInvalid(list(PATH, "countryCode", "FR", "counterpartCountry", "JP"), "countryCode");
    }
}
