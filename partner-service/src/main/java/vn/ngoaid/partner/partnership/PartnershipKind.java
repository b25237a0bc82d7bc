package vn.ngoaid.partner.partnership;

import vn.ngoaid.common.label.Labelled;

/**
 * What kind of relation a province keeps with a foreign locality: friendship (hữu nghị), cooperation (hợp tác),
 * a sister-province or twin-city relation (kết nghĩa), or cooperation between localities on both sides of the border.
 */
public enum PartnershipKind implements Labelled {
    FRIENDSHIP, COOPERATION, SISTER, BORDER_COOPERATION;
}
