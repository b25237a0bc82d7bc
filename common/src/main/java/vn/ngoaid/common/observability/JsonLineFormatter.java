package vn.ngoaid.common.observability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One log record as one line of JSON: {@code timestamp}, {@code level}, {@code logger}, {@code thread},
 * {@code message}, {@code requestId} when the record was written while a request was served, the rest of the MDC
 * under {@code mdc}, and a stack trace as {@code exception}.
 */
final class JsonLineFormatter extends ExtFormatter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format(ExtLogRecord record) {
        StringWriter line = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("timestamp", record.getInstant().toString());
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("logger", record.getLoggerName());
            json.writeStringField("thread", record.getThreadName());
            json.writeStringField("message", formatMessage(record));
            Map<String, String> mdc = record.getMdcCopy();
            String requestId = mdc.remove(RequestIds.MDC_KEY);
            if (requestId != null) {
                json.writeStringField("requestId", requestId);
            }
            if (!mdc.isEmpty()) {
                json.writeObjectFieldStart("mdc");
                for (Map.Entry<String, String> entry : mdc.entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                json.writeStringField("exception", trace.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append(System.lineSeparator()).toString();
    }
}
