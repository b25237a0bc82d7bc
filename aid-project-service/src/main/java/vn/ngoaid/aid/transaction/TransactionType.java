package vn.ngoaid.aid.transaction;

import vn.ngoaid.common.label.Labelled;

/** Giá trị cam kết (committed value) or giá trị giải ngân (disbursed value). */
public enum TransactionType implements Labelled {
    COMMITMENT("Commitment", "Cam kết"),
    DISBURSEMENT("Disbursement", "Giải ngân");

    private final String english;
    private final String vietnamese;

    TransactionType(String english, String vietnamese) {
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
