package vn.ngoaid.partner.agreement;

import vn.ngoaid.common.label.Labelled;

/** IN_FORCE and TERMINATED are recorded; EXPIRED follows from {@code validUntil} having passed. */
public enum AgreementStatus implements Labelled {
    IN_FORCE("In force", "Còn hiệu lực"),
    EXPIRED("Expired", "Hết hiệu lực"),
    TERMINATED("Terminated", "Đã chấm dứt");

    private final String english;
    private final String vietnamese;

    AgreementStatus(String english, String vietnamese) {
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
