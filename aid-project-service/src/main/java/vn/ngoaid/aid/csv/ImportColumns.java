package vn.ngoaid.aid.csv;

import vn.ngoaid.common.csv.CsvColumns;

import java.util.List;
import java.util.Set;

/**
 * The columns an import of one CSV format reads, taken from the columns its export writes, so that an export imports
 * again: those before {@code firstReadOnly} are read, in that order; it and those after it are read-only (ids, totals,
 * audit fields), accepted in a header and ignored.
 */
record ImportColumns(List<String> importable, Set<String> required, List<String> readOnly) {

    static ImportColumns of(CsvColumns<?> export, String firstReadOnly, Set<String> required) {
        List<String> names = export.names();
        int split = names.indexOf(firstReadOnly);
        return new ImportColumns(names.subList(0, split), required, names.subList(split, names.size()));
    }
}
