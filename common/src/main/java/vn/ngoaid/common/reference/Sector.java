package vn.ngoaid.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.label.Language;

@Schema(description = "An OECD DAC CRS purpose code")
public record Sector(
        @Schema(examples = "12220") String code,
        @Schema(description = "DAC 3-digit sector it belongs to", examples = "122") String category,
        @Schema(examples = "Basic health care") String name,
        @Schema(examples = "Chăm sóc y tế cơ bản") String localName,
        @Schema(description = "The name in the language asked with Accept-Language: `name` (en, default) or "
                + "`localName` (vi)", examples = "Chăm sóc y tế cơ bản") String label) {

    Sector in(Language language) {
        return new Sector(code, category, name, localName, language == Language.VI ? localName : name);
    }
}
