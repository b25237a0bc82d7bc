package vn.ngoaid.registry.quality;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.QualityFigures;

import java.time.LocalDate;
import java.util.Map;

import static vn.ngoaid.common.testing.QualityFigures.assertAdded;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.operation;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.uniqueName;

/** GET /api/v1/data-quality over Sơn La (14), which this class alone uses, against counts worked out by hand. */
@QuarkusTest
class DataQualityTest {

    private static final String PROVINCE = "14";

    @Test
    void registrationsWithoutSectorsOrAVietnameseName() {
        Map<String, long[]> before = QualityFigures.of(PROVINCE);
        // complete: sectors on both, a Vietnamese name
        createOperation(createOrganization(), LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), PROVINCE);
        // an organization without sectors nor Vietnamese name, and a registration without sectors
        Map<String, Object> bare = organization(uniqueName("Bare"));
        bare.remove("sectors");
        bare.remove("localName");
        Map<String, Object> registration = operation(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), PROVINCE, "20");
        registration.remove("sectors");
        createRegistration(createOrganization(bare), registration);

        Map<String, long[]> after = QualityFigures.of(PROVINCE);
        assertAdded(before, after, "ORGANIZATION_WITHOUT_SECTOR", 1, 2);
        assertAdded(before, after, "REGISTRATION_WITHOUT_SECTOR", 1, 2);
        assertAdded(before, after, "ORGANIZATION_WITHOUT_VIETNAMESE_NAME", 1, 2);
    }
}
