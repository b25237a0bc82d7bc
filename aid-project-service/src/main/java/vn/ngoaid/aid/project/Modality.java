package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** How the aid is delivered: chương trình, dự án, phi dự án, cứu trợ khẩn cấp. */
public enum Modality implements Labelled {
    PROGRAMME("Programme", "Chương trình"),
    PROJECT("Project", "Dự án"),
    NON_PROJECT("Non-project aid", "Phi dự án"),
    EMERGENCY_RELIEF("Emergency relief", "Cứu trợ khẩn cấp");

    private final String english;
    private final String vietnamese;

    Modality(String english, String vietnamese) {
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
