package vn.ngoaid.partner.twinning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.partner.locality.Locality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Twinning", description = "A border twinning pair of residential clusters")
public record TwinningView(
        UUID id,
        @Schema(examples = "22") String province,
        TwinningInput.DomesticUnit domesticUnit,
        TwinningInput.ForeignUnit foreignUnit,
        UUID localityId,
        @Schema(description = "Name of the locality (read-only)", examples = "Dongxing") String localityName,
        @Schema(description = "Country of the locality (read-only)", examples = "CN") String countryCode,
        LocalDate since,
        String note,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it", examples = "officer-lang-son") String createdBy,
        @Schema(description = "Subject of the token that changed it last", examples = "officer-lang-son") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version) {

    static TwinningView of(Twinning t, Locality locality) {
        return new TwinningView(t.id, t.province,
                new TwinningInput.DomesticUnit(t.domesticName, t.domesticLevel, t.domesticDistrict),
                new TwinningInput.ForeignUnit(t.foreignName, t.foreignLevel), t.localityId,
                locality == null ? null : locality.name, locality == null ? null : locality.countryCode,
                t.since, t.note, t.createdAt, t.updatedAt, t.createdBy, t.updatedBy, t.version);
    }
}
