package vn.ngoaid.aid.alert;

import vn.ngoaid.common.label.Labelled;

/** Why an approved or ongoing project is at risk. */
public enum AlertKind implements Labelled {
    /** The donor's registration covering the province ends within the asked number of days, with no renewal recorded. */
    REGISTRATION_EXPIRING,
    /** The donor holds no valid registration covering the province today. */
    REGISTRATION_LAPSED,
    /** The donor's registration covering the province is suspended today. */
    REGISTRATION_SUSPENDED,
    /** The donor's registration covering the province was revoked. */
    REGISTRATION_REVOKED,
    /** The donor's annual report of a recent year is overdue for the province. */
    ANNUAL_REPORT_MISSING,
    /** An ongoing project with nothing disbursed for twelve months. */
    DISBURSEMENT_STALLED,
    /** A project still ongoing after its end date. */
    PAST_END_DATE;

    boolean asksRegistrations() {
        return name().startsWith("REGISTRATION_");
    }
}
