package vn.ngoaid.aid.csv;

/** A commit with at least one refused row: thrown so that the whole file's transaction rolls back. */
class ImportRefused extends RuntimeException {

    private final transient ImportReport report;

    ImportRefused(ImportReport report) {
        super(report.detail(), null, false, false);
        this.report = report;
    }

    ImportReport report() {
        return report;
    }
}
