package vn.ngoaid.aid.project;

import org.junit.jupiter.api.Test;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.registryclient.DonorEligibility;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The donor's rules without the registry: who needs no registration, and the registry's answer per province. */
class DonorCheckTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final LocalDate ON = LocalDate.of(2020, 3, 15);

    private static DonorEligibility answer(boolean eligible, String reason) {
        return new DonorEligibility(eligible, ORGANIZATION, "World Vision International", "US", "INGO", "22", ON,
                eligible ? UUID.randomUUID() : null, reason);
    }

    @Test
    void anEligibleAnswerRefusesNothingAndNeedsNoProvinceName() {
        assertTrue(DonorCheck.refusal(ORGANIZATION, "22", ON, answer(true, null),
                () -> fail("the name is read for a refusal only")).isEmpty());
    }

    @Test
    void anUnknownOrganizationOrAnIneligibleOneIsRefused() {
        ApiException unknown = DonorCheck.refusal(ORGANIZATION, "22", ON, null, () -> "Quảng Ninh").orElseThrow();
        assertEquals(422, unknown.status());
        assertEquals("ngo-registry-service knows no organization with id " + ORGANIZATION + ".", unknown.getMessage());
        ApiException ineligible = DonorCheck.refusal(ORGANIZATION, "22", ON,
                answer(false, "Registration 112/CNV-HĐ expired on 2019-12-31."), () -> "Quảng Ninh").orElseThrow();
        assertEquals(422, ineligible.status());
        assertEquals("World Vision International is not eligible in province 22 (Quảng Ninh) on 2020-03-15: "
                + "Registration 112/CNV-HĐ expired on 2019-12-31.", ineligible.getMessage());
    }

    @Test
    void aDonorOutsideTheRegistryHasANameAndATypeAndADomesticOneIsVietnamese() {
        assertEquals(new DonorCheck.Donor(null, "Đại sứ quán Trung Quốc", "EMBASSY", "CN"), DonorCheck.outsideRegistry(
                new ProjectInput.Donor(null, "  Đại sứ quán Trung Quốc ", "EMBASSY", "CN")));
        assertEquals(new DonorCheck.Donor(null, "Bà Nguyễn Thị A", "DOMESTIC", "VN"), DonorCheck.outsideRegistry(
                new ProjectInput.Donor(null, "Bà Nguyễn Thị A", "DOMESTIC", null)));
        assertEquals(new DonorCheck.Donor(null, "Kiều bào Úc", "OVERSEAS_VIETNAMESE", null), DonorCheck.outsideRegistry(
                new ProjectInput.Donor(null, "Kiều bào Úc", "OVERSEAS_VIETNAMESE", null)));
        assertEquals("donor.name", assertThrows(ApiException.class, () -> DonorCheck.outsideRegistry(
                new ProjectInput.Donor(null, " ", "OTHER", null))).errors().get(0).field());
        assertEquals("donor.name", assertThrows(ApiException.class, () -> DonorCheck.outsideRegistry(
                new ProjectInput.Donor(null, null, "OTHER", null))).errors().get(0).field());
        assertEquals("donor.type", assertThrows(ApiException.class, () -> DonorCheck.outsideRegistry(
                new ProjectInput.Donor(null, "Someone", null, null))).errors().get(0).field());
        // a registry type names a registered organization, which needs its organizationId
        assertEquals("donor.type", assertThrows(ApiException.class, () -> DonorCheck.outsideRegistry(
                new ProjectInput.Donor(null, "Someone", "INGO", null))).errors().get(0).field());
    }
}
