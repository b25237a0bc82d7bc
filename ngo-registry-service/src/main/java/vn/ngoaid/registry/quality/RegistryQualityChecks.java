package vn.ngoaid.registry.quality;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.quality.QualityCheck;
import vn.ngoaid.common.quality.QualityChecks;

import java.util.List;

/** What ngo-registry-service checks of its registrations, each in the provinces it covers. */
@ApplicationScoped
public class RegistryQualityChecks implements QualityChecks {

    private static final String REGISTRATIONS = " FROM registration r JOIN organization o ON o.id = r.organization_id"
            + " CROSS JOIN LATERAL unnest(r.provinces) AS p(code)";

    private static final List<QualityCheck> CHECKS = List.of(
            new QualityCheck("ORGANIZATION_WITHOUT_SECTOR", "Registrations whose organization records no sector",
                    "SELECT p.code AS province, r.id, cardinality(o.sectors) = 0 AS failing" + REGISTRATIONS),
            new QualityCheck("REGISTRATION_WITHOUT_SECTOR", "Registrations that cover no sector",
                    "SELECT p.code AS province, r.id, cardinality(r.sectors) = 0 AS failing" + REGISTRATIONS),
            new QualityCheck("ORGANIZATION_WITHOUT_VIETNAMESE_NAME", "Registrations whose organization has no Vietnamese name",
                    "SELECT p.code AS province, r.id, coalesce(btrim(o.local_name), '') = '' AS failing" + REGISTRATIONS));

    @Override
    public List<QualityCheck> checks() {
        return CHECKS;
    }
}
