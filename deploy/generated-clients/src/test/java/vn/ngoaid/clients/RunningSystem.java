package vn.ngoaid.clients;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.ngoaid.devtoken.DevTokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The three services as a provincial system meets them: their packaged applications ({@code target/quarkus-app}),
 * started as {@code deploy/run.sh} starts them, on one PostgreSQL of {@code deploy/local-postgres} (its own process,
 * a fresh cluster), once for all the tests of this module. Logs go to {@code target/client-flows/}.
 */
public final class RunningSystem implements BeforeAllCallback, AutoCloseable {

    /** A service of the system: its module, the variables it reads, its document as its build wrote it. */
    public enum Service {
        REGISTRY("ngo-registry-service", "NGO_REGISTRY"),
        AID("aid-project-service", "AID_PROJECT"),
        PARTNER("partner-service", "PARTNER");

        final String module;
        final String variablePrefix;

        Service(String module, String variablePrefix) {
            this.module = module;
            this.variablePrefix = variablePrefix;
        }

        /** The document the clients were generated from. */
        public Path document() {
            return ROOT.resolve(module).resolve("target/openapi/openapi.json");
        }
    }

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path LOGS = Path.of("target/client-flows");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** The flows act as one subject with the roles every write needs, signed with the development key. */
    private static final String TOKEN = DevTokens.issue("client-flows", List.of("coordinator", "registry-officer"),
            null, Duration.ofHours(2));

    private static RunningSystem started;

    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final List<Process> processes = new ArrayList<>();

    /** The base URL of a running service. */
    public static String url(Service service) {
        return "http://127.0.0.1:" + started.ports.get(service);
    }

    public static String token() {
        return TOKEN;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningSystem.class) {
            if (started == null) {
                RunningSystem system = new RunningSystem();
                // closed when the whole run ends, after the last test class
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSystem.class.getName(), system);
                try {
                    system.start();
                } catch (Exception | Error e) {
                    system.close();
                    throw e;
                }
                started = system;
            }
        }
    }

    private void start() throws IOException, InterruptedException {
        Files.createDirectories(LOGS);
        String java = ProcessHandle.current().info().command().orElse("java");
        int postgresPort = freePort();
        Path data = LOGS.resolve("postgres");
        deleteTree(data);
        Path postgresLog = LOGS.resolve("postgres.log");
        Path localPostgres;
        try (Stream<Path> jars = Files.list(ROOT.resolve("deploy/local-postgres/target"))) {
            localPostgres = jars.filter(jar -> jar.getFileName().toString().matches("local-postgres-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("deploy/local-postgres is not packaged"));
        }
        processes.add(new ProcessBuilder(java, "-jar", localPostgres.toString(), "--data-dir", data.toString(),
                "--port", String.valueOf(postgresPort)).redirectErrorStream(true).redirectOutput(postgresLog.toFile()).start());
        awaitLine(postgresLog, "READY");
        String database = "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        for (Service service : Service.values()) {
            Path application = ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-jar", application.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(LOGS.resolve(service.module + ".log").toFile());
            Map<String, String> environment = builder.environment();
            environment.put("QUARKUS_PROFILE", "dev");
            for (Service each : Service.values()) {
                environment.put(each.variablePrefix + "_PORT", String.valueOf(ports.get(each)));
                environment.put(each.variablePrefix + "_DB_URL", database);
                environment.put(each.variablePrefix + "_DB_USER", "postgres");
            }
            environment.put("NGO_REGISTRY_URL", "http://127.0.0.1:" + ports.get(Service.REGISTRY));
            environment.put("PARTNER_URL", "http://127.0.0.1:" + ports.get(Service.PARTNER));
            processes.add(builder.start());
        }
        for (Service service : Service.values()) {
            awaitReady(service);
        }
    }

    private void awaitLine(Path log, String prefix) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readAllLines(log).stream().anyMatch(line -> line.startsWith(prefix))) {
                return;
            }
            if (!processes.get(0).isAlive()) {
                throw new IllegalStateException("local-postgres stopped; see " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("local-postgres was not ready within " + START_TIMEOUT + "; see " + log);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private void awaitReady(Service service) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + ports.get(service) + "/q/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service.ordinal() + 1);
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module + " stopped with " + process.exitValue() + "; see "
                        + LOGS.resolve(service.module + ".log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.module + " was not ready within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        // the services first, the database last
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
