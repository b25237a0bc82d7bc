package vn.ngoaid.aid.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.common.testing.BadInputWalker;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.transactionBody;

/**
 * Bad input from the contract: every operation of the served OpenAPI document gets generated bad requests (wrong
 * types, missing and extra fields, huge and odd text, bad money, dates, codes, ids and paging, broken JSON); each
 * must be a 4xx problem+json answer without a stack trace that stores nothing. One dynamic test per case.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BadInputTest {

    /** A year no other test gives rates for: a bad PUT that stored a rate would show here. */
    private static final String RATE_YEAR = "2035";

    @TestFactory
    List<DynamicTest> badInputFromTheContract() {
        standardRates();
        Map<String, Object> existing = project();
        String projectId = create(existing);
        String transactionId = money(projectId, "COMMITMENT", "2019-06-01", "1000000", null);
        return BadInputWalker.of("aid-project-service")
                .pathValue("projects/{id}", projectId)
                .pathValue("transactions/{transactionId}", transactionId)
                .pathValue("exchange-rates/{year}", RATE_YEAR)
                .pathValue("{currency}", "EUR")
                .freeText("/code")
                .validBody("POST /api/v1/projects", () -> project())
                .validBody("PUT /api/v1/projects/{id}", () -> new LinkedHashMap<>(existing))
                .validBody("POST /api/v1/projects/{id}/transactions",
                        () -> transactionBody("COMMITMENT", "2019-07-01", "250000", null))
                .validBody("PUT /api/v1/exchange-rates/{year}/{currency}",
                        () -> Map.of("unitsPerUsd", new BigDecimal("0.9")))
                .tests();
    }
}
