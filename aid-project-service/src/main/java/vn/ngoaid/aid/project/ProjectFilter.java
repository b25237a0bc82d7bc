package vn.ngoaid.aid.project;

import java.util.UUID;

public record ProjectFilter(String province, UUID organizationId, String sector, Modality modality, ProjectStatus status,
                            ApprovalLevel approvalLevel, Integer activeInYear, String donorCountry, String q,
                            String implementer, ImplementerType ownerType) {
}
