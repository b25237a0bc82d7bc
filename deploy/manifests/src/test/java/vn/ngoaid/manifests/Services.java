package vn.ngoaid.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three services as their own configuration files describe them: port, and the environment variables they
 * read, taken from {@code ${VARIABLE}} and {@code ${VARIABLE:default}} in application.properties and in the
 * configuration of the shared modules they include. The manifests are checked against these, so a variable added
 * to a service and forgotten in a deployment fails the build.
 */
record Services(List<Service> all) {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    /** Read by Quarkus itself or by the image's entry point, not in our properties files. */
    static final Set<String> PLATFORM_VARIABLES = Set.of("QUARKUS_PROFILE", "JAVA_OPTS");

    /** A production deployment names its identity provider; the defaults are the development ones. */
    static final Set<String> IDENTITY_VARIABLES = Set.of("JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER", "JWT_AUDIENCE");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern HTTP_PORT = Pattern.compile("(?m)^quarkus\\.http\\.port=\\$\\{([A-Z_]+):(\\d+)}");

    record Service(String name, String portVariable, int port, Set<String> reads, Set<String> required) {

        /** The variable of another service's base URL this one reads, e.g. NGO_REGISTRY_URL; empty if none. */
        Set<String> calls() {
            Set<String> calls = new TreeSet<>();
            for (String variable : reads) {
                // PUBLIC_URL is the service's own address, for its OpenAPI document
                if (variable.endsWith("_URL") && !variable.endsWith("_DB_URL") && !variable.equals("PUBLIC_URL")) {
                    calls.add(variable);
                }
            }
            return calls;
        }

        String dbPrefix() {
            return portVariable.substring(0, portVariable.length() - "_PORT".length());
        }
    }

    static Services read() {
        return new Services(List.of(service("ngo-registry-service"), service("aid-project-service"),
                service("partner-service")));
    }

    Service named(String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name));
    }

    /** The service whose base URL is in {@code urlVariable}: NGO_REGISTRY_URL is the one whose port is NGO_REGISTRY_PORT. */
    Service reachedThrough(String urlVariable) {
        String port = urlVariable.replaceAll("_URL$", "_PORT");
        return all.stream().filter(s -> s.portVariable().equals(port)).findFirst()
                .orElseThrow(() -> new AssertionError(urlVariable + " names no service"));
    }

    private static Service service(String name) {
        String properties = text(ROOT.resolve(name).resolve("src/main/resources/application.properties"));
        Matcher port = HTTP_PORT.matcher(properties);
        if (!port.find()) {
            throw new AssertionError(name + ": quarkus.http.port=${VARIABLE:port} not found");
        }
        Set<String> reads = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        collect(properties, reads, required);
        collect(text(ROOT.resolve("common/src/main/resources/META-INF/microprofile-config.properties")), reads, required);
        if (text(ROOT.resolve(name).resolve("pom.xml")).contains("<artifactId>registry-client</artifactId>")) {
            collect(text(ROOT.resolve("registry-client/src/main/resources/META-INF/microprofile-config.properties")),
                    reads, required);
        }
        Service service = new Service(name, port.group(1), Integer.parseInt(port.group(2)), reads, required);
        // defaults that only suit a developer's machine: the database account, the other services on localhost,
        // the development identity provider, the port a neighbour on the same host might take
        required.add(service.dbPrefix() + "_DB_USER");
        required.add(service.dbPrefix() + "_DB_PASSWORD");
        required.addAll(service.calls());
        required.addAll(IDENTITY_VARIABLES);
        required.add(service.portVariable());
        return service;
    }

    private static void collect(String properties, Set<String> reads, Set<String> required) {
        for (String line : properties.lines().toList()) {
            if (line.startsWith("#") || line.startsWith("%test.") || line.startsWith("%dev.")) {
                continue;
            }
            Matcher variable = VARIABLE.matcher(line);
            while (variable.find()) {
                reads.add(variable.group(1));
                if (variable.group(2) == null) {
                    required.add(variable.group(1));
                }
            }
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
