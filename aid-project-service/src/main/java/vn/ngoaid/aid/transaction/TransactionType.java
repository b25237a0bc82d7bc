package vn.ngoaid.aid.transaction;

import vn.ngoaid.common.label.Labelled;

/** Giá trị cam kết (committed value) or giá trị giải ngân (disbursed value). */
public enum TransactionType implements Labelled {
    COMMITMENT, DISBURSEMENT;
}
