package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** An implementer's part: the project owner (chủ dự án, at most one), the managing agency (cơ quan chủ quản), or one of those carrying it out. */
public enum ImplementerRole implements Labelled {
    PROJECT_OWNER, MANAGING_AGENCY, IMPLEMENTING;
}
