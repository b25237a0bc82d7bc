package vn.ngoaid.partner.agreement;

import vn.ngoaid.common.label.Labelled;

/** IN_FORCE and TERMINATED are recorded; EXPIRED follows from {@code validUntil} having passed. */
public enum AgreementStatus implements Labelled {
    IN_FORCE, EXPIRED, TERMINATED;
}
