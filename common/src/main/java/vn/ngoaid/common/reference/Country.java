package vn.ngoaid.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.label.Language;

@Schema(description = "An ISO 3166-1 country")
public record Country(
        @Schema(examples = "DE") String code,
        @Schema(examples = "Germany") String name,
        @Schema(examples = "Đức") String localName,
        @Schema(description = "The name in the language asked with Accept-Language: `name` (en, default) or "
                + "`localName` (vi)", examples = "Đức") String label) {

    Country in(Language language) {
        return new Country(code, name, localName, language == Language.VI ? localName : name);
    }
}
