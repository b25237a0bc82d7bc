package vn.ngoaid.aid.transaction;

import vn.ngoaid.common.csv.CsvColumns;

/**
 * The transactions CSV of one project, shared with the CSV import: the importable columns, then read-only ones
 * ({@code id} onwards) that an import ignores. Corrections are negative amounts and stay numbers.
 */
public final class TransactionCsv {

    private TransactionCsv() {
    }

    public static CsvColumns<TransactionView> columns(String projectCode) {
        return CsvColumns.of(TransactionView.class)
                .text("projectCode", t -> projectCode)
                .value("type", TransactionView::type)
                .value("date", TransactionView::date)
                .value("amount", TransactionView::amount)
                .value("currency", TransactionView::currency)
                .text("description", TransactionView::description)
                .value("correctsTransactionId", TransactionView::correctsTransactionId)
                .value("id", TransactionView::id)
                .value("projectId", TransactionView::projectId)
                .value("createdAt", TransactionView::createdAt)
                .text("createdBy", TransactionView::createdBy);
    }
}
