package vn.ngoaid.aid.reconciliation;

import vn.ngoaid.common.label.Labelled;

/** How what an organization reported of a province and year compares with what the province recorded. */
public enum ReconciliationStatus implements Labelled {
    /** Committed and disbursed agree within the tolerance (or a report line of no money meets no records). */
    MATCHED,
    /** Both sides have figures, and committed or disbursed differ by more than the tolerance. */
    DIFFERS,
    /** The province recorded money, the organization's report of the year does not name the province (or there is none). */
    NOT_REPORTED,
    /** The organization reported money the province has no record of. */
    NOT_RECORDED;
}
