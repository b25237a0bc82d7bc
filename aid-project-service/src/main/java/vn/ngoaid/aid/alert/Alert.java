package vn.ngoaid.aid.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Alert", description = "An approved or ongoing project at risk in one of its provinces, and why")
public record Alert(
        AlertKind kind,
        UUID projectId,
        @Schema(examples = "LS-2019-014") String projectCode,
        @Schema(nullable = true, description = "The donor, when it is a registered organization") UUID organizationId,
        @Schema(examples = "20") String province,
        @Schema(nullable = true, description = "The registration the alert is about, if any") UUID registrationId,
        @Schema(nullable = true, description = "When it happens or happened: the registration's last valid day (EXPIRING), the "
                + "day after the last one ended (LAPSED), the suspension's or revocation's effective day, the report's due day, "
                + "the last disbursement (or the start when there was none), the end date", examples = "2027-01-31")
        LocalDate on,
        @Schema(examples = "Registration 112/CNV-HĐ covering province 20 ends on 2027-01-31, in 60 days; no renewal is recorded.")
        String detail) {

    static final CsvColumns<Alert> CSV = CsvColumns.ofComponents(Alert.class);
}
