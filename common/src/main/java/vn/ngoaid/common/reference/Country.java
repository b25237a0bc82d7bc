package vn.ngoaid.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An ISO 3166-1 country")
public record Country(
        @Schema(examples = "DE") String code,
        @Schema(examples = "Germany") String name,
        @Schema(examples = "Đức") String localName) {
}
