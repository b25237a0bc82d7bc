package vn.ngoaid.aid.transaction;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertRuleBroken;
import static vn.ngoaid.aid.Fixtures.correction;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.transactionCount;

/**
 * Corrections: negative transactions naming the one they correct, never more than what is left of it, of its project,
 * type and currency; the disbursement guard holds after a correction of a commitment too.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CorrectionTest {

    @BeforeEach
    void rates() {
        standardRates();
    }

    @Test
    void aCorrectionIsANegativeTransactionNamingTheCorrectedOneAndTotalsDrop() {
        String id = create(project("USD"));
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        correction(id, commitment, "COMMITMENT", "2019-06-15", "-300", null).statusCode(201)
                .body("amount", decimal("-300"))
                .body("type", equalTo("COMMITMENT"))
                .body("currency", equalTo("USD"))
                .body("correctsTransactionId", equalTo(commitment));
        getProject(id).body("totals.committed", decimal("700.00"));
        assertThat(transactionCount(id), equalTo(2));
    }

    @Test
    void aCorrectionTakesTheCurrencyOfTheCorrectedTransaction() {
        String id = create(project("USD"));
        String commitment = money(id, "COMMITMENT", "2020-03-01", "700", "EUR");   // 800 USD
        correction(id, commitment, "COMMITMENT", "2020-04-01", "-175", null).statusCode(201)
                .body("currency", equalTo("EUR"));                                    // -200 USD
        getProject(id).body("totals.committed", decimal("600.00"));
        correction(id, commitment, "COMMITMENT", "2020-04-01", "-175", "EUR").statusCode(201);
        getProject(id).body("totals.committed", decimal("400.00"));
    }

    @Test
    void correctionsCannotTakeMoreThanWhatIsLeftCountingEarlierOnes() {
        String id = create(project("USD"));
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        assertRuleBroken(correction(id, commitment, "COMMITMENT", "2019-06-15", "-1000.01", null));
        correction(id, commitment, "COMMITMENT", "2019-06-15", "-300", null).statusCode(201);
        correction(id, commitment, "COMMITMENT", "2019-06-16", "-500", null).statusCode(201);
        assertRuleBroken(correction(id, commitment, "COMMITMENT", "2019-06-17", "-200.0001", null))
                .body("detail", containsString("200"));
        assertThat(transactionCount(id), equalTo(3));
        correction(id, commitment, "COMMITMENT", "2019-06-17", "-200", null).statusCode(201);
        getProject(id).body("totals.committed", decimal("0.00")).body("totals.disbursementRate", nullValue());
        assertRuleBroken(correction(id, commitment, "COMMITMENT", "2019-06-18", "-0.01", null));
    }

    @Test
    void aCorrectionOfACorrectionIs422() {
        String id = create(project("USD"));
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        String first = correction(id, commitment, "COMMITMENT", "2019-06-15", "-300", null).statusCode(201)
                .extract().path("id");
        assertRuleBroken(correction(id, first, "COMMITMENT", "2019-06-16", "-100", null))
                .body("detail", containsString("itself a correction"));
        assertThat(transactionCount(id), equalTo(2));
    }

    @Test
    void aCorrectionNamingAnotherProjectsTransactionIs422() {
        String other = create(project("USD"));
        String foreign = money(other, "COMMITMENT", "2019-06-01", "1000", null);
        String id = create(project("USD"));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
        assertRuleBroken(correction(id, foreign, "COMMITMENT", "2019-06-15", "-100", null));
        assertRuleBroken(correction(id, UUID.randomUUID().toString(), "COMMITMENT", "2019-06-15", "-100", null));
        getProject(other).body("totals.committed", decimal("1000.00"));
        getProject(id).body("totals.committed", decimal("1000.00"));
    }

    @Test
    void aCorrectionOfAnotherTypeOrCurrencyIs422() {
        String id = create(project("USD"));
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        money(id, "DISBURSEMENT", "2019-07-01", "100", null);
        assertRuleBroken(correction(id, commitment, "DISBURSEMENT", "2019-06-15", "-50", null))
                .body("detail", containsString("COMMITMENT"));
        assertRuleBroken(correction(id, commitment, "COMMITMENT", "2019-06-15", "-50", "EUR"))
                .body("detail", containsString("USD"));
        assertThat(transactionCount(id), equalTo(2));
    }

    @Test
    void aPositiveOrZeroCorrectionAndANegativeAmountWithoutCorrectedTransactionAre400() {
        String id = create(project("USD"));
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        assertInvalid(correction(id, commitment, "COMMITMENT", "2019-06-15", "100", null), "amount");
        assertInvalid(correction(id, commitment, "COMMITMENT", "2019-06-15", "0", null), "amount");
        assertInvalid(vn.ngoaid.aid.Fixtures.transaction(id, "COMMITMENT", "2019-06-15", "-100", null), "amount");
        assertThat(transactionCount(id), equalTo(1));
    }

    @Test
    void aCommitmentCorrectionThatWouldLeaveLessCommittedThanDisbursedIs422() {
        String id = create(project("USD"));
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        money(id, "DISBURSEMENT", "2019-07-01", "800", null);
        assertRuleBroken(correction(id, commitment, "COMMITMENT", "2019-08-01", "-200.01", null));
        assertThat(transactionCount(id), equalTo(2));
        correction(id, commitment, "COMMITMENT", "2019-08-01", "-200", null).statusCode(201);
        getProject(id).body("totals.committed", decimal("800.00"))
                .body("totals.disbursed", decimal("800.00"))
                .body("totals.disbursementRate", decimal("1.0000"));
    }

    @Test
    void aDisbursementCorrectionFreesRoomForANewDisbursement() {
        String id = create(project("USD"));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
        String disbursement = money(id, "DISBURSEMENT", "2019-07-01", "1000", null);
        assertRuleBroken(vn.ngoaid.aid.Fixtures.transaction(id, "DISBURSEMENT", "2019-07-02", "1", null));
        correction(id, disbursement, "DISBURSEMENT", "2019-07-02", "-100", null).statusCode(201);
        getProject(id).body("totals.disbursed", decimal("900.00")).body("totals.disbursementRate", decimal("0.9000"));
        money(id, "DISBURSEMENT", "2019-07-03", "100", null);
        getProject(id).body("totals.disbursed", decimal("1000.00"));
    }
}
