package vn.ngoaid.partner.agreement;

import vn.ngoaid.common.label.Labelled;

/** Which of the three ways an agreement names its counterpart. */
public enum CounterpartKind implements Labelled {
    LOCALITY("Foreign partner locality", "Địa phương đối tác nước ngoài"),
    ORGANIZATION("Registered organization", "Tổ chức đã đăng ký"),
    NAMED("Other named party", "Đối tác khác");

    private final String english;
    private final String vietnamese;

    CounterpartKind(String english, String vietnamese) {
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
