package vn.ngoaid.registry.organization;

public enum OrganizationStatus {
    ACTIVE, INACTIVE
}
