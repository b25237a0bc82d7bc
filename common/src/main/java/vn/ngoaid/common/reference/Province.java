package vn.ngoaid.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A provincial-level unit with its GSO code")
public record Province(
        @Schema(examples = "20") String code,
        @Schema(examples = "Lạng Sơn") String name,
        @Schema(nullable = true, description = "First day in force; null for the units in force before the 2025 merger")
        LocalDate validFrom,
        @Schema(nullable = true, description = "Last day in force; null for units in force today", examples = "2025-06-30")
        LocalDate validUntil,
        @Schema(nullable = true, description = "For a unit of the old list: the code of the unit that took it over on "
                + "2025-07-01", examples = "20")
        String successorCode,
        @Schema(description = "The name to show: province names are Vietnamese proper names in either language",
                examples = "Lạng Sơn") String label) {
}
