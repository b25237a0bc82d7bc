package vn.ngoaid.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An OECD DAC CRS purpose code")
public record Sector(
        @Schema(examples = "12220") String code,
        @Schema(description = "DAC 3-digit sector it belongs to", examples = "122") String category,
        @Schema(examples = "Basic health care") String name,
        @Schema(examples = "Chăm sóc y tế cơ bản") String localName) {
}
