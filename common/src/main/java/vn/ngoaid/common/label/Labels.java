package vn.ngoaid.common.label;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labelled enums of this service with their labels, as {@code GET /api/v1/reference/enums} lists them: every enum
 * implementing {@link Labelled} in the service's own classes, found in the index its build writes
 * ({@value #INDEX}, by the jandex-maven-plugin), sorted by name. Read once; a value without both labels, or a label
 * of no value, stops it with the keys at fault.
 */
@ApplicationScoped
public class Labels {

    /** The service's class index, under a name of its own so that no library's {@code jandex.idx} is read with it. */
    static final String INDEX = "META-INF/labelled.idx";
    static final String ENGLISH = "labels.properties";
    static final String VIETNAMESE = "labels_vi.properties";

    private final List<Class<? extends Enum<?>>> enums;
    private final Properties english;
    private final Properties vietnamese;

    public Labels() {
        this(Labels.class.getClassLoader());
    }

    Labels(ClassLoader loader) {
        this.enums = find(loader);
        this.english = read(loader, ENGLISH);
        this.vietnamese = read(loader, VIETNAMESE);
        check();
    }

    /** Every labelled enum of the service, sorted by its name in the OpenAPI document (its simple name). */
    public List<EnumLabels> all(Language language) {
        return enums.stream().map(type -> new EnumLabels(type.getSimpleName(), Arrays.stream(type.getEnumConstants())
                        .map(value -> {
                            String key = key(value);
                            String label = (language == Language.VI ? vietnamese : english).getProperty(key);
                            return new EnumLabels.Value(value.name(), english.getProperty(key), vietnamese.getProperty(key), label);
                        }).toList()))
                .toList();
    }

    private static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private void check() {
        Set<String> keys = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = key(value);
                keys.add(key);
                if (english.getProperty(key, "").isBlank()) {
                    missing.add(ENGLISH + ": " + key);
                }
                if (vietnamese.getProperty(key, "").isBlank()) {
                    missing.add(VIETNAMESE + ": " + key);
                }
            }
        }
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.addAll(vietnamese.stringPropertyNames());
        unused.removeAll(keys);
        if (!missing.isEmpty() || !unused.isEmpty()) {
            throw new IllegalStateException("labels missing for " + missing + "; labels of no value of a labelled enum "
                    + "(a misspelt key, or " + INDEX + " not built: run the build's process-classes phase) " + unused);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Enum<?>>> find(ClassLoader loader) {
        List<Class<? extends Enum<?>>> found = new ArrayList<>();
        try {
            for (URL index : Collections.list(loader.getResources(INDEX))) {
                try (InputStream in = index.openStream()) {
                    for (ClassInfo type : new IndexReader(in).read().getAllKnownImplementors(DotName.createSimple(Labelled.class))) {
                        if (type.isEnum()) {
                            found.add((Class<? extends Enum<?>>) Class.forName(type.name().toString(), false, loader));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(INDEX + " names a class that is not there: rebuild", e);
        }
        found.sort(Comparator.comparing(Class::getSimpleName));
        return List.copyOf(found);
    }

    private static Properties read(ClassLoader loader, String resource) {
        Properties labels = new Properties();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
