package vn.ngoaid.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Loads the demo data set through the services' public APIs, one step per service:
 * <pre>java -jar deploy/demo-data/target/demo-data-1.0.0-SNAPSHOT.jar [--registry http://localhost:8081]</pre>
 * Safe to run twice: what is already there is recognised and left alone. Prints one summary line per step; any
 * unexpected answer is printed and the program exits with status 1 (2 for a bad command line).
 * <p>
 * Steps today: the NGO registry ({@link RegistryLoader}). The aid-project and partner data come as further steps that
 * take their own service URL and the organization ids the registry step returns.
 */
public final class DemoLoader {

    static final String DEFAULT_REGISTRY = "http://localhost:8081";

    private static final String USAGE = """
            Usage: java -jar demo-data-1.0.0-SNAPSHOT.jar [--registry URL]
              --registry URL   base URL of ngo-registry-service (default %s)
            Loads the demo data set through the public APIs; safe to run again.""".formatted(DEFAULT_REGISTRY);

    private DemoLoader() {
    }

    public static void main(String[] args) {
        String registryUrl = DEFAULT_REGISTRY;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                return;
            } else if (arg.equals("--registry") && i + 1 < args.length) {
                registryUrl = args[++i];
            } else if (arg.startsWith("--registry=")) {
                registryUrl = arg.substring("--registry=".length());
            } else {
                System.err.println("Unknown or incomplete argument: " + arg);
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        if (!registryUrl.matches("https?://\\S+")) {
            System.err.println("--registry must be an http or https URL, not " + registryUrl);
            System.exit(2);
        }

        ObjectMapper json = objectMapper();
        try {
            RegistryLoader.Result registry = new RegistryLoader(new ApiClient(registryUrl, json), json)
                    .load(RegistryLoader.readSeeds(json));
            System.out.println(registry.summary());
        } catch (LoadFailure e) {
            System.err.println("Demo data load failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }
}
