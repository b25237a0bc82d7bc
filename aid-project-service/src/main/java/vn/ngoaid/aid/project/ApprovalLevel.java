package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** Who approved the project: the provincial People's Committee (UBND tỉnh) or a central body. */
public enum ApprovalLevel implements Labelled {
    PROVINCIAL("Approved by the provincial People's Committee", "UBND tỉnh phê duyệt"),
    CENTRAL("Approved centrally", "Trung ương phê duyệt");

    private final String english;
    private final String vietnamese;

    ApprovalLevel(String english, String vietnamese) {
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
