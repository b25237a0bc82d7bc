package vn.ngoaid.partner.partnership;

public enum PartnershipStatus {
    ACTIVE, SUSPENDED, ENDED
}
