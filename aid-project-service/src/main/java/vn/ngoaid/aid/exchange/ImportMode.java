package vn.ngoaid.aid.exchange;

import vn.ngoaid.common.label.Labelled;

/** How an import runs: every rule is checked either way; only a commit stores, and only when every row passes. */
public enum ImportMode implements Labelled {
    DRY_RUN("Dry run: check only", "Chạy thử: chỉ kiểm tra"),
    COMMIT("Commit: store the whole file", "Lưu toàn bộ tệp");

    private final String english;
    private final String vietnamese;

    ImportMode(String english, String vietnamese) {
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
