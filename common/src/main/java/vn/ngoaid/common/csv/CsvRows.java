package vn.ngoaid.common.csv;

import java.util.List;
import java.util.function.Consumer;

/** Every row of an export, handed over one at a time so that a source can read them in chunks. */
@FunctionalInterface
public interface CsvRows<T> {

    void forEach(Consumer<? super T> sink);

    /** Rows already in memory: aggregates, statistics, code lists. */
    static <T> CsvRows<T> of(List<T> rows) {
        return rows::forEach;
    }
}
