package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** How the aid is delivered: chương trình, dự án, phi dự án, cứu trợ khẩn cấp. */
public enum Modality implements Labelled {
    PROGRAMME, PROJECT, NON_PROJECT, EMERGENCY_RELIEF;
}
