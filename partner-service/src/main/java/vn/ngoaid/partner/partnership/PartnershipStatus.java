package vn.ngoaid.partner.partnership;

import vn.ngoaid.common.label.Labelled;

public enum PartnershipStatus implements Labelled {
    ACTIVE, SUSPENDED, ENDED;
}
