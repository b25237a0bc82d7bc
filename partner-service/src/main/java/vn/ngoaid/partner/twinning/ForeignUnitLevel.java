package vn.ngoaid.partner.twinning;

/** The foreign side of a twinning: a village or a township (e.g. a Chinese 镇, trấn). */
public enum ForeignUnitLevel {
    VILLAGE, TOWNSHIP
}
