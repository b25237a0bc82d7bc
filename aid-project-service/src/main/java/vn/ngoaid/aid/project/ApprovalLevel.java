package vn.ngoaid.aid.project;

/** Who approved the project: the provincial People's Committee (UBND tỉnh) or a central body. */
public enum ApprovalLevel {
    PROVINCIAL, CENTRAL
}
