package vn.ngoaid.registry.annualreport;

import vn.ngoaid.common.label.Labelled;

/** Whether a report came by its due date (see {@link ReportDue}). */
public enum Timeliness implements Labelled {
    ON_TIME, LATE;
}
