package vn.ngoaid.registry.registration;

/** ACTIVE, SUSPENDED and REVOKED are recorded by status changes; EXPIRED follows from the last valid day. */
public enum RegistrationStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED
}
