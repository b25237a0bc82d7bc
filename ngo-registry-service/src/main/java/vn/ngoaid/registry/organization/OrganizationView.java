package vn.ngoaid.registry.organization;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;

import java.util.List;
import java.util.UUID;

@Schema(name = "Organization", description = "A foreign organization: an INGO or another foreign donor")
public record OrganizationView(
        @Schema(examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") UUID id,
        @Schema(examples = "Terre des Hommes Deutschland") String name,
        @Schema(nullable = true, examples = "Tổ chức Đất của Con người (Đức)") String localName,
        @Schema(nullable = true, examples = "TDH") String acronym,
        @Schema(examples = "DE") String countryCode,
        OrganizationType type,
        @Schema(nullable = true, examples = "Osnabrück") String headquarters,
        @Schema(nullable = true, examples = "https://www.tdh.de") String website,
        @Schema(nullable = true, examples = "info@tdh.de") String email,
        List<String> sectors,
        OrganizationStatus status,
        @JsonUnwrapped Stamps stamps)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<OrganizationView> CSV = RecordView.csv(OrganizationView.class);

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.localName, o.acronym, o.countryCode, o.type, o.headquarters,
                o.website, o.email, List.copyOf(o.sectors), o.status, Stamps.of(o));
    }
}
