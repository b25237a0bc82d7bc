package vn.ngoaid.common.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLineFormatterTest {

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void writesOneJsonObjectALineWithTheRequestId() throws Exception {
        MDC.put(RequestIds.MDC_KEY, "req-42");
        MDC.put("tenant", "22");
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Kept the stored name of donor \"%s\"\nline two",
                ExtLogRecord.FormatStyle.PRINTF, JsonLineFormatterTest.class.getName());
        record.setParameters(new Object[]{"Hội Chữ thập đỏ"});
        record.setLoggerName("vn.ngoaid.aid.project.DonorCheck");
        record.setThrown(new IllegalStateException("registry gone"));
        record.copyMdc();

        String line = new JsonLineFormatter().format(record);

        assertTrue(line.endsWith(System.lineSeparator()));
        assertFalse(line.strip().contains("\n"), "one line: " + line);
        JsonNode node = json.readTree(line);
        assertEquals("WARNING", node.get("level").asText());
        assertEquals("vn.ngoaid.aid.project.DonorCheck", node.get("logger").asText());
        assertEquals("Kept the stored name of donor \"Hội Chữ thập đỏ\"\nline two", node.get("message").asText());
        assertEquals("req-42", node.get("requestId").asText());
        assertEquals("22", node.get("mdc").get("tenant").asText());
        assertTrue(node.get("exception").asText().startsWith("java.lang.IllegalStateException: registry gone"));
        assertTrue(node.hasNonNull("timestamp"));
    }

    @Test
    void leavesOutWhatARecordDoesNotHave() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "started", JsonLineFormatterTest.class.getName());
        record.copyMdc();
        JsonNode node = json.readTree(new JsonLineFormatter().format(record));
        assertEquals("started", node.get("message").asText());
        assertFalse(node.has("requestId"));
        assertFalse(node.has("mdc"));
        assertFalse(node.has("exception"));
    }
}
