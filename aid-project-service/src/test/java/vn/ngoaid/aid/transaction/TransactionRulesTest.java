package vn.ngoaid.aid.transaction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ngoaid.aid.project.Project;
import vn.ngoaid.aid.project.ProjectStatus;
import vn.ngoaid.common.api.ApiException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.ngoaid.aid.project.ProjectRulesTest.project;
import static vn.ngoaid.aid.transaction.TransactionType.COMMITMENT;
import static vn.ngoaid.aid.transaction.TransactionType.DISBURSEMENT;

/** The money rules without a database: what a transaction meets alone, over-correction and the disbursement guard. */
class TransactionRulesTest {

    private final Project project = project(ProjectStatus.APPROVED);
    private final AidTransaction original = recorded(project, COMMITMENT, "EUR");

    private static AidTransaction recorded(Project project, TransactionType type, String currency) {
        AidTransaction transaction = new AidTransaction();
        transaction.projectId = project.id;
        transaction.type = type;
        transaction.currency = currency;
        transaction.amount = new BigDecimal("1000");
        return transaction;
    }

    private static TransactionInput input(TransactionType type, String amount, String currency, UUID corrects) {
        return new TransactionInput(type, LocalDate.of(2020, 6, 30), new BigDecimal(amount), currency, null, corrects);
    }

    private static String refused(int status, Executable rule) {
        ApiException e = assertThrows(ApiException.class, rule);
        assertEquals(status, e.status(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void newMoneyIsPositiveInTheGivenCurrencyOrTheProjects() {
        assertEquals("USD", TransactionRules.checkOwn(project, input(COMMITMENT, "10", null, null), null));
        assertEquals("VND", TransactionRules.checkOwn(project, input(DISBURSEMENT, "10", "VND", null), null));
        assertEquals("amount: must not be 0",
                refused(400, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "0.00", null, null), null)));
        assertEquals("amount: must be positive; a correction is negative and names correctsTransactionId",
                refused(400, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "-10", null, null), null)));
    }

    @Test
    void newMoneyOnlyOnceApprovedAndNotCancelled() {
        for (ProjectStatus status : ProjectStatus.values()) {
            Project p = project(status);
            if (status == ProjectStatus.PROPOSED || status == ProjectStatus.CANCELLED) {
                refused(422, () -> TransactionRules.checkOwn(p, input(COMMITMENT, "10", null, null), null));
            } else {
                assertEquals("USD", TransactionRules.checkOwn(p, input(COMMITMENT, "10", null, null), null));
            }
        }
    }

    @Test
    void aCorrectionIsNegativeInTheCurrencyOfItsOriginalWhateverTheProjectsStatus() {
        Project cancelled = project(ProjectStatus.CANCELLED);
        AidTransaction originalOfCancelled = recorded(cancelled, COMMITMENT, "EUR");
        assertEquals("EUR", TransactionRules.checkOwn(cancelled,
                input(COMMITMENT, "-10", null, originalOfCancelled.id), originalOfCancelled));
        assertEquals("EUR", TransactionRules.checkOwn(project, input(COMMITMENT, "-10", "EUR", original.id), original));
        assertEquals("amount: must not be 0",
                refused(400, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "0", null, original.id), original)));
        assertEquals("amount: must be negative for a correction",
                refused(400, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "10", null, original.id), original)));
        assertEquals("A correction has the type of the transaction it corrects: COMMITMENT.",
                refused(422, () -> TransactionRules.checkOwn(project, input(DISBURSEMENT, "-10", null, original.id), original)));
        assertEquals("A correction is in the currency of the transaction it corrects: EUR.",
                refused(422, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "-10", "USD", original.id), original)));
    }

    @Test
    void aCorrectionCorrectsAnOriginalOfItsOwnProject() {
        UUID unknown = UUID.randomUUID();
        assertEquals("Transaction " + unknown + " is not a transaction of project QN-2020-007.",
                refused(422, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "-10", null, unknown), null)));
        AidTransaction ofAnother = recorded(project(ProjectStatus.APPROVED), COMMITMENT, "EUR");
        refused(422, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "-10", null, ofAnother.id), ofAnother));
        AidTransaction correction = recorded(project, COMMITMENT, "EUR");
        correction.correctsTransactionId = original.id;
        assertEquals("Transaction " + correction.id + " is itself a correction; correct the original " + original.id + " instead.",
                refused(422, () -> TransactionRules.checkOwn(project, input(COMMITMENT, "-10", null, correction.id), correction)));
    }

    @Test
    void aCorrectionTakesBackAtMostWhatIsLeft() {
        assertEquals(new BigDecimal("0.0000"),
                TransactionRules.leftAfterCorrection(original, new BigDecimal("250.5"), new BigDecimal("-250.5000")));
        assertEquals(new BigDecimal("0.5"),
                TransactionRules.leftAfterCorrection(original, new BigDecimal("250.5"), new BigDecimal("-250")));
        assertEquals("The correction of 250.51 EUR is more than the 250.5 EUR left of transaction " + original.id + ".",
                refused(422, () -> TransactionRules.leftAfterCorrection(original, new BigDecimal("250.5000"),
                        new BigDecimal("-250.51"))));
    }

    @Test
    void disbursementStaysWithinCommitment() {
        ProjectTotals.Sums committed = TransactionRules.totalsAfter(ProjectTotals.Sums.NONE, COMMITMENT,
                new BigDecimal("100"), "USD");
        assertEquals(new ProjectTotals.Sums(new BigDecimal("100"), BigDecimal.ZERO), committed);
        ProjectTotals.Sums all = TransactionRules.totalsAfter(committed, DISBURSEMENT, new BigDecimal("100.00"), "USD");
        assertEquals(new ProjectTotals.Sums(new BigDecimal("100"), new BigDecimal("100.00")), all);
        assertEquals("Cumulative disbursement would be 100.0001 USD, more than the cumulative commitment of 100 USD; "
                        + "record the commitment first.",
                refused(422, () -> TransactionRules.totalsAfter(all, DISBURSEMENT, new BigDecimal("0.0001"), "USD")));
        assertEquals("Cumulative disbursement would be 0.0001 USD, more than the cumulative commitment of 0 USD; "
                        + "record the commitment first.",
                refused(422, () -> TransactionRules.totalsAfter(ProjectTotals.Sums.NONE, DISBURSEMENT,
                        new BigDecimal("0.0001"), "USD")));
    }

    @Test
    void correctionsMoveTheTotalsBackWithinTheGuard() {
        ProjectTotals.Sums sums = new ProjectTotals.Sums(new BigDecimal("100"), new BigDecimal("60"));
        assertEquals(new ProjectTotals.Sums(new BigDecimal("100"), new BigDecimal("10")),
                TransactionRules.totalsAfter(sums, DISBURSEMENT, new BigDecimal("-50"), "USD"));
        assertEquals(new ProjectTotals.Sums(new BigDecimal("60"), new BigDecimal("60")),
                TransactionRules.totalsAfter(sums, COMMITMENT, new BigDecimal("-40"), "USD"));
        // a commitment taken back below what was paid out would leave more disbursed than committed
        refused(422, () -> TransactionRules.totalsAfter(sums, COMMITMENT, new BigDecimal("-40.0001"), "USD"));
    }
}
