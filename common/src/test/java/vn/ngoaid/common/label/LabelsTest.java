package vn.ngoaid.common.label;

import org.jboss.jandex.Index;
import org.jboss.jandex.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels finds the labelled enums in a service's index and refuses a value without both labels. */
class LabelsTest {

    enum Tide implements Labelled { HIGH, LOW }

    enum Colour implements Labelled { RED }

    enum Unlabelled { ANY }

    @TempDir
    Path service;

    /** A service's classpath root as its build leaves it: the index of its classes and its two label files. */
    private ClassLoader service(String english, String vietnamese) throws Exception {
        Files.createDirectories(service.resolve("META-INF"));
        try (OutputStream out = Files.newOutputStream(service.resolve(Labels.INDEX))) {
            new IndexWriter(out).write(Index.of(Tide.class, Colour.class, Unlabelled.class, LabelsTest.class));
        }
        Files.writeString(service.resolve(Labels.ENGLISH), english);
        Files.writeString(service.resolve(Labels.VIETNAMESE), vietnamese);
        return new URLClassLoader(new URL[]{service.toUri().toURL()}, LabelsTest.class.getClassLoader());
    }

    @Test
    void listsTheLabelledEnumsByNameWithTheirValuesInOrderAndBothLabels() throws Exception {
        Labels labels = new Labels(service("Tide.HIGH=High tide\nTide.LOW=Low tide\nColour.RED=Red\n",
                "Tide.HIGH=Triều cường\nTide.LOW=Triều kiệt\nColour.RED=Đỏ\n"));
        List<EnumLabels> vietnamese = labels.all(Language.VI);
        assertEquals(List.of("Colour", "Tide"), vietnamese.stream().map(EnumLabels::name).toList());
        assertEquals(List.of(new EnumLabels.Value("HIGH", "High tide", "Triều cường", "Triều cường"),
                new EnumLabels.Value("LOW", "Low tide", "Triều kiệt", "Triều kiệt")), vietnamese.get(1).values());
        assertEquals("Low tide", labels.all(Language.EN).get(1).values().get(1).label());
    }

    @Test
    void aValueWithoutBothLabelsOrALabelOfNoValueIsRefused() throws Exception {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new Labels(service(
                "Tide.HIGH=High tide\nTide.LOW=Low tide\nColour.RED=Red\n", "Tide.HIGH=Triều cường\nColour.RED=\n")));
        assertTrue(missing.getMessage().contains("labels_vi.properties: Tide.LOW"), missing.getMessage());
        assertTrue(missing.getMessage().contains("labels_vi.properties: Colour.RED"), missing.getMessage());
        IllegalStateException stray = assertThrows(IllegalStateException.class, () -> new Labels(service(
                "Tide.HIGH=High tide\nTide.LOW=Low tide\nColour.RED=Red\nColour.BLUE=Blue\n",
                "Tide.HIGH=Triều cường\nTide.LOW=Triều kiệt\nColour.RED=Đỏ\n")));
        assertTrue(stray.getMessage().contains("[Colour.BLUE]"), stray.getMessage());
    }
}
