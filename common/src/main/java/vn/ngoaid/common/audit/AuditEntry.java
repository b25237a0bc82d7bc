package vn.ngoaid.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "AuditEntry", description = "One write through the API: who, when, what, and the record as written")
public record AuditEntry(
        @Schema(examples = "1042") long id,
        Instant recordedAt,
        @Schema(description = "The token's subject", examples = "officer-lang-son") String subject,
        @Schema(examples = "[\"province-officer\"]") List<String> roles,
        @Schema(nullable = true, description = "The province claim of a province officer", examples = "20") String province,
        @Schema(examples = "project") String entityType,
        @Schema(examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") String entityId,
        @Schema(examples = "CREATE") String operation,
        @Schema(description = "The record as written, as the API shows it", type = SchemaType.OBJECT, implementation = Object.class)
        JsonNode change) {
}
