package vn.ngoaid.aid.transaction;

import vn.ngoaid.aid.project.Project;
import vn.ngoaid.aid.project.ProjectRules;
import vn.ngoaid.common.api.ApiException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rules a transaction meets, apart from where its project, totals and rates come from: the service reads those
 * and asks here. New money is positive and needs a project that accepts it; a correction is negative, of the same
 * project, type and currency as an original, and takes back at most what is left of it; and cumulative disbursement
 * stays within cumulative commitment, both in the project's currency, each transaction at the rates of its year.
 */
final class TransactionRules {

    private TransactionRules() {
    }

    /**
     * The rules a transaction meets on its own, before any total is looked at.
     *
     * @param corrected the transaction it corrects, null when there is none (or it names none)
     * @return the transaction's currency: as given, else the project's; for a correction, the corrected one's
     */
    static String checkOwn(Project project, TransactionInput input, AidTransaction corrected) {
        if (input.amount().signum() == 0) {
            throw ApiException.invalid("amount", "must not be 0");
        }
        if (input.correctsTransactionId() != null) {
            return checkCorrection(project, input, corrected);
        }
        if (input.amount().signum() < 0) {
            throw ApiException.invalid("amount", "must be positive; a correction is negative and names correctsTransactionId");
        }
        ProjectRules.requireAcceptsNewMoney(project);
        return input.currency() == null ? project.currency : input.currency();
    }

    private static String checkCorrection(Project project, TransactionInput input, AidTransaction corrected) {
        if (corrected == null || !corrected.projectId.equals(project.id)) {
            throw ApiException.ruleBroken("Transaction " + input.correctsTransactionId() + " is not a transaction of project "
                    + project.code + ".");
        }
        if (corrected.correctsTransactionId != null) {
            throw ApiException.ruleBroken("Transaction " + corrected.id + " is itself a correction; correct the original "
                    + corrected.correctsTransactionId + " instead.");
        }
        if (input.amount().signum() > 0) {
            throw ApiException.invalid("amount", "must be negative for a correction");
        }
        if (input.type() != corrected.type) {
            throw ApiException.ruleBroken("A correction has the type of the transaction it corrects: " + corrected.type + ".");
        }
        if (input.currency() != null && !input.currency().equals(corrected.currency)) {
            throw ApiException.ruleBroken("A correction is in the currency of the transaction it corrects: " + corrected.currency + ".");
        }
        return corrected.currency;
    }

    /**
     * A correction takes back at most what is left of the original after the corrections recorded before it.
     *
     * @param left       what is left of {@code original}, in its currency
     * @param correction the correction's (negative) amount
     * @return what is left after the correction
     */
    static BigDecimal leftAfterCorrection(AidTransaction original, BigDecimal left, BigDecimal correction) {
        BigDecimal after = left.add(correction);
        if (after.signum() < 0) {
            throw ApiException.ruleBroken("The correction of " + plain(correction.negate()) + " " + original.currency
                    + " is more than the " + plain(left) + " " + original.currency + " left of transaction " + original.id + ".");
        }
        return after;
    }

    /**
     * The disbursement guard: the project's totals after a transaction, which may not take the cumulative disbursement
     * over the cumulative commitment.
     *
     * @param before    the project's totals before it, in its currency
     * @param converted the transaction's amount in the project's currency, at the rates of the transaction's year
     * @param currency  the project's currency, for the message
     */
    static ProjectTotals.Sums totalsAfter(ProjectTotals.Sums before, TransactionType type, BigDecimal converted,
                                          String currency) {
        ProjectTotals.Sums after = before.plus(type, converted);
        if (after.disbursed().compareTo(after.committed()) > 0) {
            throw ApiException.ruleBroken("Cumulative disbursement would be " + plain(after.disbursed()) + " " + currency
                    + ", more than the cumulative commitment of " + plain(after.committed()) + " " + currency
                    + "; record the commitment first.");
        }
        return after;
    }

    /** An amount for a message: at most 4 decimals, no trailing zeros. */
    private static String plain(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
