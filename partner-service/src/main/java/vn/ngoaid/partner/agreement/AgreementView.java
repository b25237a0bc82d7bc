package vn.ngoaid.partner.agreement;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;
import vn.ngoaid.partner.locality.Locality;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Agreement", description = "An international agreement of a province")
public record AgreementView(
        UUID id,
        @Schema(examples = "20") String province,
        Counterpart counterpart,
        @Schema(examples = "Agreement on cooperation in agriculture and forestry") String title,
        @Schema(nullable = true) String localTitle,
        LocalDate signedOn,
        @Schema(nullable = true) LocalDate validUntil,
        List<String> sectors,
        SignatoryLevel signatoryLevel,
        @Schema(description = "Status today: EXPIRED once `validUntil` has passed (TERMINATED stays TERMINATED)") AgreementStatus status,
        @Schema(nullable = true) String note,
        @JsonUnwrapped Stamps stamps)
        implements RecordView {

    @Schema(name = "Counterpart", description = "The other party, with its name and country filled in")
    public record Counterpart(
            CounterpartKind kind,
            @Schema(nullable = true) UUID localityId,
            @Schema(nullable = true) UUID organizationId,
            @Schema(description = "The locality's name, the organization's name as the registry gave it, or the named party")
            String name,
            @Schema(nullable = true, description = "Its country: the locality's, the organization's, or the one given",
                    examples = "CN")
            String countryCode) {
    }

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<AgreementView> CSV = RecordView.csv(AgreementView.class);

    static AgreementView of(Agreement a, Locality locality, LocalDate today) {
        Counterpart counterpart;
        if (a.localityId != null) {
            counterpart = new Counterpart(CounterpartKind.LOCALITY, a.localityId, null,
                    locality == null ? null : locality.name, locality == null ? null : locality.countryCode);
        } else if (a.organizationId != null) {
            counterpart = new Counterpart(CounterpartKind.ORGANIZATION, null, a.organizationId, a.counterpartName, a.countryCode);
        } else {
            counterpart = new Counterpart(CounterpartKind.NAMED, null, null, a.counterpartName, a.countryCode);
        }
        return new AgreementView(a.id, a.province, counterpart, a.title, a.localTitle, a.signedOn, a.validUntil,
                List.copyOf(a.sectors), a.signatoryLevel, a.statusOn(today), a.note, Stamps.of(a));
    }
}
