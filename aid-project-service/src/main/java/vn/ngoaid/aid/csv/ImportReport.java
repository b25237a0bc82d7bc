package vn.ngoaid.aid.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What an import did or would do. A dry run answers it with 200; a commit with 200 when every row was stored, and
 * otherwise with 422 as a problem+json document that carries the same fields (nothing stored).
 */
@Schema(name = "ImportReport", description = "Per-row report of a CSV import. For a refused commit (422, "
        + "application/problem+json) it also carries the problem fields `type`, `title`, `status`, `detail`, `instance`.",
        requiredProperties = {"detail", "mode", "rows", "accepted", "stored", "problems"})
// the problem fields only on a refused commit
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(
        @Schema(description = "Problem type, only on a refused commit", examples = "urn:problem:ngo-aid:import-refused") String type,
        @Schema(description = "Only on a refused commit", examples = "Import refused") String title,
        @Schema(description = "Only on a refused commit", examples = "422") Integer status,
        @Schema(examples = "2 of 120 rows have problems; nothing was stored.") String detail,
        @Schema(description = "Only on a refused commit", examples = "/api/v1/imports/projects") String instance,
        @Schema(examples = "DRY_RUN") ImportMode mode,
        @Schema(description = "Data rows in the file (the header not counted)", examples = "120") int rows,
        @Schema(description = "Rows that pass every rule", examples = "118") int accepted,
        @Schema(description = "Records stored: 0 for a dry run and for a refused commit", examples = "0") int stored,
        @Schema(description = "One entry per problem; a row may have several") List<RowProblem> problems) {

    @Schema(name = "ImportRowProblem", description = "One problem of one row")
    public record RowProblem(
            @Schema(description = "Data row, counting from 1 after the header line", examples = "7") int row,
            @Schema(description = "CSV column, or `row` for the row as a whole", examples = "donorName") String field,
            @Schema(examples = "ngo-registry-service knows no organization named 'Helvetas' in country CH") String problem) {
    }

    static ImportReport of(ImportMode mode, int rows, int stored, List<RowProblem> problems) {
        long failing = problems.stream().mapToInt(RowProblem::row).distinct().count();
        String detail = problems.isEmpty()
                ? (mode == ImportMode.COMMIT ? "All " + rows + " rows were stored." : "All " + rows + " rows would be stored.")
                : failing + " of " + rows + " rows have problems; nothing was stored.";
        return new ImportReport(null, null, null, detail, null, mode, rows, rows - (int) failing, stored, problems);
    }

    ImportReport refused(String path) {
        return new ImportReport("urn:problem:ngo-aid:import-refused", "Import refused", 422, detail, path, mode, rows,
                accepted, 0, problems);
    }
}
