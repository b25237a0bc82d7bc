package vn.ngoaid.partner.twinning;

import vn.ngoaid.common.label.Labelled;

/** The Vietnamese side of a twinning: a village (thôn, bản) or a commune (xã). */
public enum DomesticUnitLevel implements Labelled {
    VILLAGE("Village", "Bản"),
    COMMUNE("Commune", "Xã");

    private final String english;
    private final String vietnamese;

    DomesticUnitLevel(String english, String vietnamese) {
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
