package vn.ngoaid.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The operations of one service's document, and which of them the flows have called with a successful answer: a
 * flow that leaves an operation out fails the build, so a new operation comes with its flow.
 */
public final class Operations {

    private record Operation(String method, Pattern path, String id) {
    }

    private static final Map<RunningSystem.Service, Operations> OF = new ConcurrentHashMap<>();

    private final List<Operation> operations = new ArrayList<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    private Operations(JsonNode document) {
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("operationId")) {
                Pattern template = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                operations.add(new Operation(method.getKey().toUpperCase(), template, method.getValue().get("operationId").asText()));
            }
        }));
    }

    public static Operations of(RunningSystem.Service service) {
        return OF.computeIfAbsent(service, s -> {
            try {
                return new Operations(new ObjectMapper().readTree(s.document().toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** For a generated client's response interceptor: notes the operation a 2xx answer came from. */
    public Consumer<HttpResponse<InputStream>> recorder() {
        return response -> {
            if (response.statusCode() / 100 == 2) {
                String path = response.request().uri().getPath();
                operations.stream()
                        .filter(o -> o.method.equals(response.request().method()) && o.path.matcher(path).matches())
                        .forEach(o -> answered.add(o.id));
            }
        };
    }

    /** The document's operations no flow has called successfully yet. */
    public Set<String> notCalled() {
        Set<String> missing = new TreeSet<>();
        operations.forEach(o -> missing.add(o.id));
        missing.removeAll(answered);
        return missing;
    }
}
