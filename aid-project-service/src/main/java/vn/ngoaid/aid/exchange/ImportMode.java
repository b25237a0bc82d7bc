package vn.ngoaid.aid.exchange;

/** How an import runs: every rule is checked either way; only a commit stores, and only when every row passes. */
public enum ImportMode {
    DRY_RUN, COMMIT
}
