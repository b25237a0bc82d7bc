package vn.ngoaid.partner.quality;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.quality.QualityCheck;
import vn.ngoaid.common.quality.QualityChecks;

import java.util.List;

/** What partner-service checks of its province records. */
@ApplicationScoped
public class PartnerQualityChecks implements QualityChecks {

    private static final List<QualityCheck> CHECKS = List.of(
            new QualityCheck("EXCHANGE_WITHOUT_LOCALITY", "Delegations and exchanges that name no partner locality",
                    "SELECT province, id, locality_id IS NULL AS failing FROM exchange"),
            new QualityCheck("AGREEMENT_WITHOUT_LOCALITY", "Agreements whose counterpart is neither a partner locality nor a "
                    + "registered organization, only a name", "SELECT province, id, locality_id IS NULL AND organization_id IS NULL "
                    + "AS failing FROM agreement"),
            new QualityCheck("EXCHANGE_WITHOUT_PARTICIPANTS", "Delegations and exchanges without their number of participants",
                    "SELECT province, id, participants IS NULL AS failing FROM exchange"));

    @Override
    public List<QualityCheck> checks() {
        return CHECKS;
    }
}
