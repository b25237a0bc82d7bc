package vn.ngoaid.partner.agreement;

/** IN_FORCE and TERMINATED are recorded; EXPIRED follows from {@code validUntil} having passed. */
public enum AgreementStatus {
    IN_FORCE, EXPIRED, TERMINATED
}
