package vn.ngoaid.partner.twinning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.record.InProvince;
import vn.ngoaid.common.reference.Code;

import java.time.LocalDate;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Schema(name = "TwinningInput", examples = TwinningInput.EXAMPLE, description = "A border twinning pair as written by a client (POST, and PUT of the whole resource). "
        + "A village twins with a village, a commune with a township (422 otherwise); the locality must exist (422); the "
        + "same two units in a province twice is a 409.")
public record TwinningInput(
        @Schema(description = "GSO code of the Vietnamese province, read against the list in force on `since`", examples = "22")
        @NotNull @Code(PROVINCE) String province,
        @Schema(description = "The Vietnamese village or commune") @NotNull @Valid DomesticUnit domesticUnit,
        @Schema(description = "The village or township across the border") @NotNull @Valid ForeignUnit foreignUnit,
        @Schema(description = "The foreign locality the foreign unit lies in (e.g. Dongxing city); must exist (422)",
                examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") @NotNull UUID localityId,
        @Schema(description = "Day the twinning was signed", examples = "2016-05-20") @NotNull LocalDate since,
        @Schema(description = "Free text, searched by `q`") @Size(max = 2000) String note) implements InProvince {

    static final String EXAMPLE = """
            {
              "province": "22",
              "domesticUnit": {"name": "Thôn Pò Hèn", "level": "VILLAGE", "district": "Móng Cái"},
              "foreignUnit": {"name": "Lihuo Village", "level": "VILLAGE"},
              "localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
              "since": "2016-05-20"
            }""";

    @Schema(name = "DomesticUnit")
    public record DomesticUnit(
            @Schema(examples = "Thôn Pò Hèn") @NotBlank @Size(max = 300) String name,
            @Schema(examples = "VILLAGE") @NotNull DomesticUnitLevel level,
            @Schema(nullable = true, description = "District (or town) of the province it lies in", examples = "Móng Cái")
            @Size(max = 300) String district) {
    }

    @Schema(name = "ForeignUnit")
    public record ForeignUnit(
            @Schema(examples = "Lihuo Village") @NotBlank @Size(max = 300) String name,
            @Schema(examples = "VILLAGE") @NotNull ForeignUnitLevel level) {
    }
}
