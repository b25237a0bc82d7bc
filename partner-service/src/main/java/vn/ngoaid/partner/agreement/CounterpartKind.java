package vn.ngoaid.partner.agreement;

/** Which of the three ways an agreement names its counterpart. */
public enum CounterpartKind {
    LOCALITY, ORGANIZATION, NAMED
}
