package vn.ngoaid.common.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes every {@code text/csv} answer, a {@link CsvBody}. Typed {@code Object}: Quarkus REST chooses the writers of
 * a method at build time from its declared type, the JSON answer ({@code RestResponse<Page<…>>}), so a writer bound
 * to {@link CsvBody} would never be asked.
 */
@Provider
@Produces(CsvExport.TEXT_CSV)
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.getType().equalsIgnoreCase("text") && mediaType.getSubtype().equalsIgnoreCase("csv");
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream output) throws IOException {
        if (!(body instanceof CsvBody csv)) {
            throw new IllegalStateException("a text/csv answer must be made by CsvExport, not " + body.getClass());
        }
        csv.writeTo(output);
    }
}
