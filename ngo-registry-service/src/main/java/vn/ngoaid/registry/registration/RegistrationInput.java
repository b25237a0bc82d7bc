package vn.ngoaid.registry.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.reference.Code;

import java.time.LocalDate;
import java.util.List;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Schema(name = "RegistrationInput", description = "A registration certificate as issued to the organization")
public record RegistrationInput(
        @Schema(examples = "OPERATION") @NotNull RegistrationKind kind,
        @Schema(description = "Number printed on the certificate; unique", examples = "112/CNV-HĐ")
        @NotBlank @Size(max = 100) String certificateNumber,
        @Schema(description = "Issuing body; defaults to the Committee for Foreign NGO Affairs",
                examples = "Committee for Foreign NGO Affairs (COMINGO)") @Size(max = 300) String issuedBy,
        @Schema(examples = "2019-01-10") @NotNull LocalDate issuedOn,
        @Schema(description = "First valid day", examples = "2019-01-10") @NotNull LocalDate validFrom,
        @Schema(description = "Last valid day", examples = "2023-12-31") @NotNull LocalDate validUntil,
        @Schema(description = "GSO codes of the provinces it covers, read against the list in force on validFrom",
                examples = "[\"22\", \"20\"]")
        @NotEmpty @Size(max = 63) List<@NotNull @Code(PROVINCE) String> provinces,
        @Schema(description = "DAC purpose codes of the fields of work it covers", examples = "[\"12220\", \"13040\"]")
        @Size(max = 50) List<@NotNull @Code(SECTOR) String> sectors) {

    /** An operation certificate for Quảng Ninh and Lạng Sơn, as COMINGO issues them. */
    static final String EXAMPLE = """
            {
              "kind": "OPERATION",
              "certificateNumber": "112/CNV-HĐ",
              "issuedBy": "Committee for Foreign NGO Affairs (COMINGO)",
              "issuedOn": "2019-01-10",
              "validFrom": "2019-01-10",
              "validUntil": "2023-12-31",
              "provinces": ["22", "20"],
              "sectors": ["12220", "13040"]
            }""";
}
