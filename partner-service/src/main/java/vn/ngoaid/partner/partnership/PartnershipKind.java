package vn.ngoaid.partner.partnership;

/**
 * What kind of relation a province keeps with a foreign locality: friendship (hữu nghị), cooperation (hợp tác),
 * a sister-province or twin-city relation (kết nghĩa), or cooperation between localities on both sides of the border.
 */
public enum PartnershipKind {
    FRIENDSHIP, COOPERATION, SISTER, BORDER_COOPERATION
}
