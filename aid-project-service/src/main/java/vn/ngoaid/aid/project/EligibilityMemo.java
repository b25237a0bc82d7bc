package vn.ngoaid.aid.project;

import jakarta.enterprise.context.RequestScoped;
import vn.ngoaid.registryclient.DonorEligibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The registry's eligibility answers within one request: a CSV import of many projects asks once per distinct
 * organization, province and day, however many rows share them. A JSON write asks as before, once per province.
 */
@RequestScoped
class EligibilityMemo {

    private record Question(UUID organizationId, String province, LocalDate on) {
    }

    private final Map<Question, Optional<DonorEligibility>> answers = new HashMap<>();

    Optional<DonorEligibility> answer(UUID organizationId, String province, LocalDate on,
                                      Supplier<Optional<DonorEligibility>> ask) {
        Question question = new Question(organizationId, province, on);
        Optional<DonorEligibility> known = answers.get(question);
        if (known == null) {
            // a failure (503) is not remembered: it propagates and stops the request
            known = ask.get();
            answers.put(question, known);
        }
        return known;
    }
}
