package vn.ngoaid.aid.exchange;

import vn.ngoaid.aid.transaction.TransactionInput;
import vn.ngoaid.aid.transaction.TransactionType;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The transactions CSV format (shared with the export): one commitment, disbursement or correction a row. */
final class TransactionCsv {

    static final List<String> COLUMNS = List.of("projectCode", "type", "date", "amount", "currency", "description",
            "correctsTransactionId");
    static final Set<String> REQUIRED = Set.of("projectCode", "type", "date", "amount");
    static final Set<String> READ_ONLY = Set.of("id", "projectId", "createdAt", "createdBy");

    record Read(String projectCode, TransactionInput input, List<ImportReport.RowProblem> problems) {
    }

    private TransactionCsv() {
    }

    static Read read(CsvFile.Row row) {
        ProjectCsv.Cells cells = new ProjectCsv.Cells(row);
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
        return COLUMNS.contains(field) ? field : "row";
    }
}
