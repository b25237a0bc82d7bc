package vn.ngoaid.partner.agreement;

import vn.ngoaid.common.label.Labelled;

/** Which of the three ways an agreement names its counterpart. */
public enum CounterpartKind implements Labelled {
    LOCALITY, ORGANIZATION, NAMED;
}
