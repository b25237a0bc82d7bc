package vn.ngoaid.partner.twinning;

/** The Vietnamese side of a twinning: a village (thôn, bản) or a commune (xã). */
public enum DomesticUnitLevel {
    VILLAGE, COMMUNE
}
