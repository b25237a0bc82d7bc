package vn.ngoaid.registry.organization;

/** Filters of the organization list; null means "any". */
public record OrganizationFilter(String country, OrganizationType type, String sector, String province,
                                 OrganizationStatus status, String q) {
}
