package vn.ngoaid.partner.partnership;

import vn.ngoaid.common.label.Labelled;

public enum PartnershipStatus implements Labelled {
    ACTIVE("Active", "Đang duy trì"),
    SUSPENDED("Suspended", "Tạm ngừng"),
    ENDED("Ended", "Đã kết thúc");


    private final String english;

    private final String vietnamese;


    PartnershipStatus(String english, String vietnamese) {

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
