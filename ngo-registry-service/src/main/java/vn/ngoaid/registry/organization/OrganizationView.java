package vn.ngoaid.registry.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Organization", description = "A foreign organization: an INGO or another foreign donor")
public record OrganizationView(
        @Schema(examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") UUID id,
        @Schema(examples = "Terre des Hommes Deutschland") String name,
        @Schema(examples = "Tổ chức Đất của Con người (Đức)") String localName,
        @Schema(examples = "TDH") String acronym,
        @Schema(examples = "DE") String countryCode,
        OrganizationType type,
        @Schema(examples = "Osnabrück") String headquarters,
        @Schema(examples = "https://www.tdh.de") String website,
        @Schema(examples = "info@tdh.de") String email,
        List<String> sectors,
        OrganizationStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it", examples = "registry-officer-paccom") String createdBy,
        @Schema(description = "Subject of the token that changed it last", examples = "registry-officer-paccom") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version)
        implements RecordView {

    /** The organizations CSV: the fields above, sectors as {@code 12220|11220}. */
    static final CsvColumns<OrganizationView> CSV = CsvColumns.of(OrganizationView.class)
            .value("id", OrganizationView::id)
            .text("name", OrganizationView::name)
            .text("localName", OrganizationView::localName)
            .text("acronym", OrganizationView::acronym)
            .value("countryCode", OrganizationView::countryCode)
            .value("type", OrganizationView::type)
            .text("headquarters", OrganizationView::headquarters)
            .text("website", OrganizationView::website)
            .text("email", OrganizationView::email)
            .value("sectors", o -> String.join("|", o.sectors()))
            .value("status", OrganizationView::status)
            .value("createdAt", OrganizationView::createdAt)
            .text("createdBy", OrganizationView::createdBy)
            .value("updatedAt", OrganizationView::updatedAt)
            .text("updatedBy", OrganizationView::updatedBy);

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.localName, o.acronym, o.countryCode, o.type, o.headquarters,
                o.website, o.email, List.copyOf(o.sectors), o.status, o.createdAt, o.updatedAt, o.createdBy, o.updatedBy, o.version);
    }
}
