package vn.ngoaid.aid.csv;

import vn.ngoaid.aid.transaction.TransactionInput;
import vn.ngoaid.aid.transaction.TransactionType;
import vn.ngoaid.aid.transaction.TransactionView;
import vn.ngoaid.common.csv.CsvColumns;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The transactions CSV, one commitment, disbursement or correction a row, written by
 * {@code GET /api/v1/projects/{id}/transactions} and read by the import, so that an export imports again: the
 * importable columns, then read-only ones ({@code id} onwards) that an import ignores. Corrections are negative
 * amounts and stay numbers.
 */
public final class TransactionCsv {

    /** The columns' names do not depend on the project. */
    static final ImportColumns IMPORT = ImportColumns.of(columns(null), "id", Set.of("projectCode", "type", "date", "amount"));

    record Read(String projectCode, TransactionInput input, List<ImportReport.RowProblem> problems) {
    }

    private TransactionCsv() {
    }

    /** The export's columns, of the transactions of the project {@code projectCode}. */
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

    static Read read(CsvFile.Row row) {
        Cells cells = new Cells(row);
        if (row.get("projectCode") == null) {
            cells.problem("projectCode", "is required: the code of the project the money belongs to");
        }
        TransactionInput input = new TransactionInput(
                cells.parse("type", (c, v) -> TransactionType.valueOf(v), "one of " + Arrays.toString(TransactionType.values())),
                cells.date("date"),
                cells.decimal("amount"),
                row.get("currency"),
                row.get("description"),
                cells.parse("correctsTransactionId", (c, v) -> UUID.fromString(v), "a UUID"));
        return new Read(row.get("projectCode"), input, cells.problems);
    }

    static String column(String field) {
        return IMPORT.importable().contains(field) ? field : "row";
    }
}
