package vn.ngoaid.partner.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.partner.locality.Locality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Agreement", description = "An international agreement of a province")
public record AgreementView(
        UUID id,
        @Schema(examples = "20") String province,
        Counterpart counterpart,
        @Schema(examples = "Agreement on cooperation in agriculture and forestry") String title,
        String localTitle,
        LocalDate signedOn,
        LocalDate validUntil,
        List<String> sectors,
        SignatoryLevel signatoryLevel,
        @Schema(description = "Status today: EXPIRED once `validUntil` has passed (TERMINATED stays TERMINATED)") AgreementStatus status,
        String note,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it", examples = "officer-lang-son") String createdBy,
        @Schema(description = "Subject of the token that changed it last", examples = "officer-lang-son") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version)
        implements RecordView {

    @Schema(name = "Counterpart", description = "The other party, with its name and country filled in")
    public record Counterpart(
            CounterpartKind kind,
            UUID localityId,
            UUID organizationId,
            @Schema(description = "The locality's name, the organization's name as the registry gave it, or the named party")
            String name,
            @Schema(description = "Its country: the locality's, the organization's, or the one given", examples = "CN") String countryCode) {
    }

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<AgreementView> CSV = CsvColumns.of(AgreementView.class)
            .value("id", AgreementView::id)
            .value("province", AgreementView::province)
            .value("counterpartKind", a -> a.counterpart().kind())
            .value("counterpartLocalityId", a -> a.counterpart().localityId())
            .value("counterpartOrganizationId", a -> a.counterpart().organizationId())
            .text("counterpartName", a -> a.counterpart().name())
            .value("counterpartCountryCode", a -> a.counterpart().countryCode())
            .text("title", AgreementView::title)
            .text("localTitle", AgreementView::localTitle)
            .value("signedOn", AgreementView::signedOn)
            .value("validUntil", AgreementView::validUntil)
            .value("sectors", a -> String.join("|", a.sectors()))
            .value("signatoryLevel", AgreementView::signatoryLevel)
            .value("status", AgreementView::status)
            .text("note", AgreementView::note)
            .value("createdAt", AgreementView::createdAt)
            .text("createdBy", AgreementView::createdBy)
            .value("updatedAt", AgreementView::updatedAt)
            .text("updatedBy", AgreementView::updatedBy);

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
                List.copyOf(a.sectors), a.signatoryLevel, a.statusOn(today), a.note, a.createdAt, a.updatedAt,
                a.createdBy, a.updatedBy, a.version);
    }
}
