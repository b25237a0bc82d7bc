package vn.ngoaid.partner.locality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.reference.Code;

import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;

@Schema(name = "LocalityInput", examples = LocalityInput.EXAMPLE, description = "A foreign locality as written by a client (POST, and PUT of the whole resource). Its "
        + "name is unique (whatever the letter case) within its country and parent (409 otherwise). A parent must exist "
        + "and be in the same country (422 otherwise).")
public record LocalityInput(
        @Schema(description = "Usual English or romanised name; unique within its country and parent", examples = "Anseong")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Name in the country's own script", examples = "안성시") @Size(max = 300) String localName,
        @Schema(description = "Name used in Vietnamese documents", examples = "thành phố An Thành") @Size(max = 300) String vietnameseName,
        @Schema(description = "ISO 3166-1 alpha-2 code of the country it is in", examples = "KR")
        @NotNull @Code(COUNTRY) String countryCode,
        @Schema(description = "Administrative level", examples = "CITY") @NotNull LocalityLevel level,
        @Schema(description = "The locality it lies in (e.g. the province of a city); must exist (422), be in the same "
                + "country (422) and, on PUT, not lie inside this locality (422)", examples = "6f1c2b7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b")
        UUID parentId) {

    static final String EXAMPLE = """
            {
              "name": "Anseong",
              "localName": "안성시",
              "vietnameseName": "thành phố Anseong",
              "countryCode": "KR",
              "level": "CITY",
              "parentId": "6f1c2b7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b"
            }""";
}
