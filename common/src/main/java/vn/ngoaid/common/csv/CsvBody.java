package vn.ngoaid.common.csv;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A CSV answer's body, written by {@link CsvBodyWriter} straight to the response while its rows are read. A class,
 * not an interface a lambda implements: Quarkus REST looks a writer up by the entity's class and its superclasses.
 */
public final class CsvBody {

    @FunctionalInterface
    public interface Output {
        void write(OutputStream output) throws IOException;
    }

    private final Output output;

    public CsvBody(Output output) {
        this.output = output;
    }

    void writeTo(OutputStream stream) throws IOException {
        output.write(stream);
    }
}
