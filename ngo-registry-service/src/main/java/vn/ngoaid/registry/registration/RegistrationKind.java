package vn.ngoaid.registry.registration;

import vn.ngoaid.common.label.Labelled;

/** Kinds of registration certificate issued to foreign NGOs. */
public enum RegistrationKind implements Labelled {
    /** Giấy đăng ký hoạt động: lets the NGO run programmes and projects in the provinces it covers. */
    OPERATION("Operation registration certificate", "Giấy đăng ký hoạt động"),
    /** Giấy đăng ký lập văn phòng dự án: issued under Decree 12/2012 until 31 October 2022, no longer issued. */
    PROJECT_OFFICE("Project office registration certificate", "Giấy đăng ký lập Văn phòng dự án"),
    /** Giấy đăng ký lập văn phòng đại diện: one office at most, in Hà Nội, Đà Nẵng or Hồ Chí Minh City. */
    REPRESENTATIVE_OFFICE("Representative office registration certificate", "Giấy đăng ký lập Văn phòng đại diện");

    private final String english;
    private final String vietnamese;

    RegistrationKind(String english, String vietnamese) {
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
