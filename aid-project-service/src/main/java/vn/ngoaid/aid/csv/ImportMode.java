package vn.ngoaid.aid.csv;

import vn.ngoaid.common.label.Labelled;

/** How an import runs: every rule is checked either way; only a commit stores, and only when every row passes. */
public enum ImportMode implements Labelled {
    DRY_RUN, COMMIT;
}
