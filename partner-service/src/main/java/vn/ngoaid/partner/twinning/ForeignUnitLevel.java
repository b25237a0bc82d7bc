package vn.ngoaid.partner.twinning;

import vn.ngoaid.common.label.Labelled;

/** The foreign side of a twinning: a village or a township (e.g. a Chinese 镇, trấn). */
public enum ForeignUnitLevel implements Labelled {
    VILLAGE, TOWNSHIP;
}
