package vn.ngoaid.aid.project;

/** How the aid is delivered: chương trình, dự án, phi dự án, cứu trợ khẩn cấp. */
public enum Modality {
    PROGRAMME, PROJECT, NON_PROJECT, EMERGENCY_RELIEF
}
