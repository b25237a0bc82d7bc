package vn.ngoaid.partner.shared;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.reference.Province;
import vn.ngoaid.common.reference.ReferenceData;

import java.time.LocalDate;

/** A record reads its province code against the list in force on its own date (before or since 1 July 2025). */
@ApplicationScoped
public class ProvinceRules {

    private final ReferenceData reference;

    public ProvinceRules(ReferenceData reference) {
        this.reference = reference;
    }

    /** Throws 422 when the code was not a provincial unit on {@code date}, naming its successor or start. */
    public void requireInForce(String code, LocalDate date) {
        if (reference.provinceOn(code, date).isEmpty()) {
            Province known = reference.provinces().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
            String hint = known.successorCode() != null ? "; since " + ReferenceData.PROVINCE_MERGER + " it is part of "
                    + known.successorCode() : "; it exists since " + ReferenceData.PROVINCE_MERGER;
            throw ApiException.ruleBroken("Province " + code + " (" + known.name() + ") was not a provincial unit on "
                    + date + hint + ".");
        }
    }
}
