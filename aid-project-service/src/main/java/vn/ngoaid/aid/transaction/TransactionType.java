package vn.ngoaid.aid.transaction;

/** Giá trị cam kết (committed value) or giá trị giải ngân (disbursed value). */
public enum TransactionType {
    COMMITMENT, DISBURSEMENT
}
