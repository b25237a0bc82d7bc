package vn.ngoaid.aid.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo CSV files say what aid.json says. After a change to aid.json, write them again with
 * {@code ./mvnw -B -o verify -pl aid-project-service -Dtest=DemoCsvFilesTest -Ddemo.csv.write=true}.
 */
class DemoCsvFilesTest {

    @Test
    void theDemoCsvFilesHoldTheProjectsAndTransactionsOfAidJson() throws IOException {
        if (Boolean.getBoolean("demo.csv.write")) {
            DemoData.write();
        }
        assertEquals(DemoData.projectsCsv(), Files.readString(DemoData.PROJECTS_CSV),
                DemoData.PROJECTS_CSV + " differs from aid.json; write it again (see the class comment)");
        assertEquals(DemoData.transactionsCsv(), Files.readString(DemoData.TRANSACTIONS_CSV),
                DemoData.TRANSACTIONS_CSV + " differs from aid.json; write it again (see the class comment)");
    }
}
