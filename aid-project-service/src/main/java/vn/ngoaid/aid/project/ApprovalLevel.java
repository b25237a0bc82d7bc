package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** Who approved the project: the provincial People's Committee (UBND tỉnh) or a central body. */
public enum ApprovalLevel implements Labelled {
    PROVINCIAL, CENTRAL;
}
