package vn.ngoaid.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a real PostgreSQL server from Maven Central binaries and keeps it running until the process is stopped.
 * Its data directory survives restarts, so the system keeps its data between runs of {@code deploy/run.sh}.
 *
 * <p>Usage: {@code java -jar local-postgres.jar [--data-dir DIR] [--port PORT]}. Prints one line
 * {@code READY <jdbc-url>} once the server accepts connections.
 */
public final class LocalPostgres {

    public static final int DEFAULT_PORT = 54329;

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = defaultDataDirectory();
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: local-postgres [--data-dir DIR] [--port PORT]");
                    System.exit(2);
                }
            }
        }
        EmbeddedPostgres postgres = start(dataDir, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(postgres);
            stopped.countDown();
        }, "local-postgres-shutdown"));
        System.out.println("READY " + jdbcUrl(port) + " (data in " + dataDir + ")");
        System.out.flush();
        stopped.await();
    }

    /** Starts a server on {@code port} whose data lives in {@code dataDir}; an existing cluster there is reused. */
    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC")
                .start();
    }

    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    static Path defaultDataDirectory() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("ngo-aid").resolve("postgres");
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("local-postgres: could not stop cleanly: " + e.getMessage());
        }
    }
}
