package vn.ngoaid.partner.twinning;

import vn.ngoaid.common.label.Labelled;

/** The Vietnamese side of a twinning: a village (thôn, bản) or a commune (xã). */
public enum DomesticUnitLevel implements Labelled {
    VILLAGE, COMMUNE;
}
