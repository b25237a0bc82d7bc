package vn.ngoaid.partner.twinning;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.post;
import static vn.ngoaid.partner.Fixtures.put;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.Fixtures.twinning;

/** Border twinnings: village–village and commune–township only, one per pair of names, locality must exist. */
@QuarkusTest
class TwinningTest {

    private static final String PATH = "/api/v1/twinnings";

    @Test
    void createAnswers201WithBothUnits() {
        String t = token();
        String dongxing = createLocality("Dongxing " + t, "CN", "CITY", null);
        post(PATH, twinning("22", "Thôn Pò Hèn " + t, "VILLAGE", "Lihuo " + t, "VILLAGE", dongxing, "2016-05-20"))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("domesticUnit.name", equalTo("Thôn Pò Hèn " + t))
                .body("domesticUnit.level", equalTo("VILLAGE"))
                .body("domesticUnit.district", equalTo("Móng Cái"))
                .body("foreignUnit.name", equalTo("Lihuo " + t))
                .body("foreignUnit.level", equalTo("VILLAGE"))
                .body("localityName", equalTo("Dongxing " + t))
                .body("countryCode", equalTo("CN"));
        post(PATH, twinning("22", "Xã Hoành Mô " + t, "COMMUNE", "Dongzhong " + t, "TOWNSHIP", dongxing, "2017-01-01"))
                .statusCode(201);
    }

    @Test
    void onlyVillageWithVillageAndCommuneWithTownship() {
        String locality = createLocality("CN");
        assertProblem(post(PATH, twinning("22", "Thôn A " + token(), "VILLAGE", "B", "TOWNSHIP", locality, "2016-01-01")), 422);
        assertProblem(post(PATH, twinning("22", "Xã A " + token(), "COMMUNE", "B", "VILLAGE", locality, "2016-01-01")), 422);
        assertInvalid(post(PATH, twinning("22", "Thôn A " + token(), "HAMLET", "B", "VILLAGE", locality, "2016-01-01")), "domesticUnit.level");
        assertInvalid(post(PATH, twinning("22", "Thôn A " + token(), "VILLAGE", "B", "COMMUNE", locality, "2016-01-01")), "foreignUnit.level");
        assertInvalid(post(PATH, twinning("22", " ", "VILLAGE", "B", "VILLAGE", locality, "2016-01-01")), "domesticUnit.name");
        Map<String, Object> noForeign = twinning("22", "Thôn A " + token(), "VILLAGE", "B", "VILLAGE", locality, "2016-01-01");
        noForeign.remove("foreignUnit");
        assertInvalid(post(PATH, noForeign), "foreignUnit");
    }

    @Test
    void unknownLocalityIs422AndDuplicatePairIs409() {
        String t = token();
        assertProblem(post(PATH, twinning("22", "Thôn " + t, "VILLAGE", "Cun " + t, "VILLAGE", UUID.randomUUID().toString(), "2016-01-01")), 422);
        String locality = createLocality("CN");
        String id = post(PATH, twinning("22", "Thôn " + t, "VILLAGE", "Cun " + t, "VILLAGE", locality, "2016-01-01"))
                .statusCode(201).extract().path("id");
        assertProblem(post(PATH, twinning("22", "THÔN " + t, "VILLAGE", "cun " + t, "VILLAGE", locality, "2018-01-01")), 409);
        post(PATH, twinning("20", "Thôn " + t, "VILLAGE", "Cun " + t, "VILLAGE", locality, "2016-01-01")).statusCode(201);
        // PUT of itself is no duplicate; ETag rules apply
        Map<String, Object> body = twinning("22", "Thôn " + t, "VILLAGE", "Cun " + t, "VILLAGE", locality, "2015-06-01");
        assertProblem(put(PATH + "/" + id, null, body), 428);
        assertProblem(put(PATH + "/" + id, "\"9\"", body), 412);
        put(PATH + "/" + id, "\"0\"", body).statusCode(200).body("since", equalTo("2015-06-01")).header("ETag", equalTo("\"1\""));
    }

    @Test
    void filtersAndAccentInsensitiveSearch() {
        String t = token();
        String dongxing = createLocality("Dongxing " + t, "CN", "CITY", null);
        String other = createLocality("Elsewhere " + t, "LA", "DISTRICT", null);
        post(PATH, twinning("22", "Thôn Pò Hèn " + t, "VILLAGE", "Lihuo", "VILLAGE", dongxing, "2016-05-20")).statusCode(201);
        post(PATH, twinning("22", "Xã Hoành Mô " + t, "COMMUNE", "Dongzhong", "TOWNSHIP", dongxing, "2017-01-01")).statusCode(201);
        post(PATH, twinning("12", "Bản Ma Lù Thàng " + t, "VILLAGE", "Ban Na", "VILLAGE", other, "2014-01-01")).statusCode(201);

        list(PATH, "q", t).body("totalItems", equalTo(3));
        list(PATH, "q", "po hen " + t).body("totalItems", equalTo(1));
        list(PATH, "q", "HOANH MO " + t).body("totalItems", equalTo(1));
        list(PATH, "q", t, "province", "22").body("totalItems", equalTo(2));
        list(PATH, "q", t, "countryCode", "CN").body("totalItems", equalTo(2));
        list(PATH, "q", t, "localityId", other).body("totalItems", equalTo(1));
        list(PATH, "q", t, "domesticLevel", "COMMUNE").body("totalItems", equalTo(1));
        list(PATH, "q", t, "sort", "since,desc").body("items[0].since", equalTo("2017-01-01"));
        assertInvalid(list(PATH, "sort", "name"), "sort");
    }
}
