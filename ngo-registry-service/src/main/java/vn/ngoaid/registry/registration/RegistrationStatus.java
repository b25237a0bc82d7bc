package vn.ngoaid.registry.registration;

import vn.ngoaid.common.label.Labelled;

/** ACTIVE, SUSPENDED and REVOKED are recorded by status changes; EXPIRED follows from the last valid day. */
public enum RegistrationStatus implements Labelled {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED;
}
