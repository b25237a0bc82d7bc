package vn.ngoaid.aid.project;

import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Problem;
import vn.ngoaid.common.text.SearchText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The rules of a project's life and fields, apart from what the service reads to apply them: the moves of its status
 * ({@link ProjectStatus#next()}), the approval decision every stage after the proposal rests on, money only once
 * approved, shares that add up, a plan within the project's years, one project owner, and a currency that stays
 * once money is recorded in it.
 */
public final class ProjectRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProjectRules() {
    }

    /**
     * The status a create gives: the one requested; without one, APPROVED when the approval decision is given (the
     * decision is what approves a project, and its money can then be recorded at once), else PROPOSED.
     */
    static ProjectStatus initialStatus(ProjectStatus requested, ProjectInput.ApprovalDecision decision) {
        if (requested != null) {
            return requested;
        }
        return decision == null ? ProjectStatus.PROPOSED : ProjectStatus.APPROVED;
    }

    /** @return the status a PUT gives: the one requested, else the current one; 409 for a move the machine forbids */
    static ProjectStatus statusAfter(ProjectStatus current, ProjectStatus requested) {
        ProjectStatus status = requested == null ? current : requested;
        if (!current.canBecome(status)) {
            throw ApiException.conflict("A " + current + " project cannot become " + status + "; from " + current
                    + " it can become " + (current.next().isEmpty() ? "nothing: the status is final"
                    : current.next().stream().map(Enum::name).sorted().toList()) + ".");
        }
        return status;
    }

    /** New commitments and disbursements need an approved project that is not cancelled; corrections do not. */
    public static void requireAcceptsNewMoney(Project project) {
        if (!project.status.acceptsNewMoney()) {
            throw ApiException.ruleBroken("Project " + project.code + " is " + project.status
                    + "; commitments and disbursements are recorded once it is approved and not cancelled (corrections are always accepted).");
        }
    }

    /**
     * The totals are kept in the project's currency, so it cannot change once money is recorded.
     *
     * @param moneyRecorded asked only when the currency would change
     */
    static void requireCurrencyKept(Project project, String currency, BooleanSupplier moneyRecorded) {
        if (!project.currency.equals(currency) && moneyRecorded.getAsBoolean()) {
            throw ApiException.ruleBroken("The currency of project " + project.code + " cannot change once money is "
                    + "recorded on it: its totals are kept in " + project.currency + ".");
        }
    }

    /** The field rules Bean Validation cannot express and that need no reference data, in the order of the fields. */
    static List<Problem.FieldError> fieldErrors(ProjectInput input, ProjectStatus status) {
        List<Problem.FieldError> errors = new ArrayList<>();
        shares(input.sectors(), ProjectInput.Sector::percentage, ProjectInput.Sector::code, "sectors", errors);
        shares(input.locations(), ProjectInput.Location::percentage,
                l -> l.province() + "/" + (l.district() == null ? "" : SearchText.fold(l.district())), "locations", errors);
        if (status.needsApproval() && input.approvalDecision() == null) {
            errors.add(new Problem.FieldError("approvalDecision", "is required for a " + status + " project"));
        }
        if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            errors.add(new Problem.FieldError("endDate", "must not be before startDate"));
        }
        listedOnce(input.plan(), d -> String.valueOf(d.year()), "plannedDisbursements", errors);
        listedOnce(input.implementedBy(), i -> SearchText.fold(i.name()) + "/" + i.role(), "implementers", errors);
        List<ProjectInput.Implementer> implementers = input.implementedBy();
        boolean owner = false;
        for (int i = 0; i < implementers.size(); i++) {
            if (implementers.get(i).role() == ImplementerRole.PROJECT_OWNER) {
                if (owner) {
                    errors.add(new Problem.FieldError("implementers[" + i + "].role", "a project has at most one PROJECT_OWNER"));
                }
                owner = true;
            }
        }
        return errors;
    }

    /**
     * Planned disbursements fall in the project's years: from the year it starts (else is approved) to the year it
     * ends; a date not given bounds nothing. A plan outside them is readable but contradicts the project: 422.
     */
    static void requirePlanWithinYears(ProjectInput input) {
        LocalDate first = input.startDate() != null ? input.startDate()
                : input.approvalDecision() == null ? null : input.approvalDecision().date();
        LocalDate last = input.endDate();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.plan().size(); i++) {
            int year = input.plan().get(i).year();
            if ((first != null && year < first.getYear()) || (last != null && year > last.getYear())) {
                errors.add(new Problem.FieldError("plannedDisbursements[" + i + "].year", year + " is outside the project's years "
                        + (first == null ? "…" : first.getYear()) + "–" + (last == null ? "…" : last.getYear())));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.ruleBroken("Planned disbursements fall in the project's "
                    + "years, from its start (else approval) date to its end date: " + errors.get(0).message() + ".", errors);
        }
    }

    /** The day the donor's eligibility is checked on: the approval date, else the start date, else {@code otherwise}. */
    static LocalDate eligibilityDate(LocalDate approvalDate, LocalDate startDate, LocalDate otherwise) {
        return approvalDate != null ? approvalDate : startDate != null ? startDate : otherwise;
    }

    /** Percentages are given for every row and add up to 100, or for none (an equal split); no row twice. */
    private static <T> void shares(List<T> rows, Function<T, BigDecimal> percentage, Function<T, String> key, String field,
                                   List<Problem.FieldError> errors) {
        long given = rows.stream().filter(r -> percentage.apply(r) != null).count();
        if (given > 0 && given < rows.size()) {
            errors.add(new Problem.FieldError(field, "give a percentage for every entry, or for none to split equally"));
        } else if (given > 0) {
            BigDecimal sum = rows.stream().map(percentage).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                errors.add(new Problem.FieldError(field, "percentages add up to " + sum.stripTrailingZeros().toPlainString()
                        + ", not 100"));
            }
        }
        listedOnce(rows, key, field, errors);
    }

    /** No row twice, by its key. */
    private static <T> void listedOnce(List<T> rows, Function<T, String> key, String field, List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!seen.add(key.apply(rows.get(i)))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "is listed twice"));
            }
        }
    }
}
