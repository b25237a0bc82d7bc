package vn.ngoaid.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo data set through the services' public APIs, one step per service:
 * <pre>java -jar deploy/demo-data/target/demo-data-1.0.0-SNAPSHOT.jar [--registry URL] [--aid URL] [--partner URL]</pre>
 * Safe to run twice: what is already there is recognised and left alone. Prints one summary line per step; any
 * unexpected answer is printed and the program exits with status 1 (2 for a bad command line).
 * <p>
 * The registry goes first ({@link RegistryLoader}); the aid projects ({@link AidLoader}) and the partner relations
 * ({@link PartnerLoader}) refer to its organizations by the ids it returns. The organizations' annual reports
 * ({@link AnnualReportLoader}) come last, made from their registrations and what the aid step recorded.
 */
public final class DemoLoader {

    static final Map<String, String> DEFAULT_URLS = Map.of(
            "registry", "http://localhost:8081",
            "aid", "http://localhost:8082",
            "partner", "http://localhost:8083");

    private static final String USAGE = """
            Usage: java -jar demo-data-1.0.0-SNAPSHOT.jar [--registry URL] [--aid URL] [--partner URL]
              --registry URL   base URL of ngo-registry-service (default http://localhost:8081)
              --aid URL        base URL of aid-project-service (default http://localhost:8082)
              --partner URL    base URL of partner-service (default http://localhost:8083)
            Loads the demo data set through the public APIs; safe to run again.""";

    private DemoLoader() {
    }

    public static void main(String[] args) {
        Map<String, String> urls = new HashMap<>(DEFAULT_URLS);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
            if (!urls.containsKey(name) || value == null) {
                System.err.println("Unknown or incomplete argument: " + arg);
                System.err.println(USAGE);
                System.exit(2);
            }
            if (!value.matches("https?://\\S+")) {
                System.err.println(arg + " must be an http or https URL, not " + value);
                System.exit(2);
            }
            urls.put(name, value);
        }

        ObjectMapper json = objectMapper();
        try {
            List<RegistryLoader.OrganizationSeed> organizations = RegistryLoader.readSeeds(json);
            RegistryLoader.Result registry = new RegistryLoader(new ApiClient(urls.get("registry"), json), json)
                    .load(organizations);
            System.out.println(registry.summary());
            AidLoader.Result aid = new AidLoader(new ApiClient(urls.get("aid"), json), json, registry.organizationIds())
                    .load(AidLoader.readSeeds(json));
            System.out.println(aid.summary());
            PartnerLoader.Result partner = new PartnerLoader(new ApiClient(urls.get("partner"), json), registry.organizationIds())
                    .load(PartnerLoader.readData(json));
            System.out.println(partner.summary());
            AnnualReportLoader.Result reports = new AnnualReportLoader(new ApiClient(urls.get("registry"), json),
                    new ApiClient(urls.get("aid"), json), registry.organizationIds()).load(organizations);
            System.out.println(reports.summary());
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
