package vn.ngoaid.partner.twinning;

import vn.ngoaid.common.label.Labelled;

/** The foreign side of a twinning: a village or a township (e.g. a Chinese 镇, trấn). */
public enum ForeignUnitLevel implements Labelled {
    VILLAGE("Village", "Bản"),
    TOWNSHIP("Township", "Trấn");

    private final String english;
    private final String vietnamese;

    ForeignUnitLevel(String english, String vietnamese) {
        this.english = english;
        this.vietnamese = vietnamese;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }
}
