package vn.ngoaid.registry.registration;

import vn.ngoaid.common.label.Labelled;

/** Kinds of registration certificate issued to foreign NGOs. */
public enum RegistrationKind implements Labelled {
    /** Giấy đăng ký hoạt động: lets the NGO run programmes and projects in the provinces it covers. */
    OPERATION,
    /** Giấy đăng ký lập văn phòng dự án: issued under Decree 12/2012 until 31 October 2022, no longer issued. */
    PROJECT_OFFICE,
    /** Giấy đăng ký lập văn phòng đại diện: one office at most, in Hà Nội, Đà Nẵng or Hồ Chí Minh City. */
    REPRESENTATIVE_OFFICE;
}
