package vn.ngoaid.partner.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ngoaid.common.testing.BadInputWalker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.association;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.create;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.locality;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.Fixtures.twinning;

/**
 * Bad input from the contract: every operation of the served OpenAPI document gets generated bad requests (wrong
 * types, missing and extra fields, huge and odd text, bad dates, codes, ids and paging, broken JSON); each must be a
 * 4xx problem+json answer without a stack trace that stores nothing. One dynamic test per case.
 */
@QuarkusTest
class BadInputTest {

    private static final String BASE = "/api/v1/";

    @TestFactory
    List<DynamicTest> badInputFromTheContract() {
        String freeLocality = createLocality("CN");
        BadInputWalker walker = BadInputWalker.of("partner-service");
        Map<String, Map<String, Object>> existing = new LinkedHashMap<>();
        existing.put("localities", locality("Bad input " + token(), "CN", "CITY", null));
        existing.put("partnerships", partnership("08", createLocality("LA"), "FRIENDSHIP", "2011-01-01"));
        existing.put("agreements", agreement("20", byName("Bad input party", "CN"), "Bad input " + token(), "2010-01-01"));
        existing.put("twinnings", twinning("22", "Thôn " + token(), "VILLAGE", "Cun", "VILLAGE", createLocality("CN"), "2016-01-01"));
        Map<String, Object> anExchange = exchange("20", "INBOUND", "Bad input " + token(), "2010-01-01");
        anExchange.put("countryCode", "CN");
        existing.put("exchanges", anExchange);
        existing.put("friendship-associations", association("22", "Bad input " + token(), "CN", 10));
        existing.forEach((resource, body) -> {
            walker.pathValue(resource + "/{id}", create(BASE + resource, body));
            walker.validBody("PUT " + BASE + resource + "/{id}", () -> new LinkedHashMap<>(body));
        });
        walker.validBody("POST " + BASE + "localities", () -> locality("Bad input " + token(), "CN", "CITY", null))
                .validBody("POST " + BASE + "partnerships", () -> partnership("08", freeLocality, "FRIENDSHIP", "2011-01-01"))
                .validBody("POST " + BASE + "agreements",
                        () -> agreement("20", byName("Bad input party", "CN"), "Bad input " + token(), "2010-01-01"))
                .validBody("POST " + BASE + "twinnings",
                        () -> twinning("22", "Thôn " + token(), "VILLAGE", "Cun", "VILLAGE", freeLocality, "2016-01-01"))
                .validBody("POST " + BASE + "exchanges", () -> {
                    Map<String, Object> body = exchange("20", "INBOUND", "Bad input " + token(), "2010-01-01");
                    body.put("countryCode", "CN");
                    return body;
                })
                .validBody("POST " + BASE + "friendship-associations", () -> association("22", "Bad input " + token(), "CN", 10));
        return walker.tests();
    }
}
