package vn.ngoaid.common.label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "An enum of the API with the labels of its values")
public record EnumLabels(
        @Schema(description = "Its name in the OpenAPI document", examples = "Modality") String name,
        List<Value> values) {

    @Schema(name = "EnumValue", description = "One value of an enum, with its labels")
    public record Value(
            @Schema(description = "The value as the API reads and writes it", examples = "NON_PROJECT") String code,
            @Schema(description = "English label", examples = "Non-project aid") String english,
            @Schema(description = "Vietnamese label", examples = "Phi dự án") String vietnamese,
            @Schema(description = "The label in the language asked with Accept-Language (en by default)", examples = "Phi dự án")
            String label) {
    }
}
