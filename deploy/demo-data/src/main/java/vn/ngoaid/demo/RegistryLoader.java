package vn.ngoaid.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the NGO registry part of the demo data ({@code demo/registry.json}) into ngo-registry-service through its
 * public API, so that it can run any number of times:
 * <ul>
 *   <li>an organization is looked up by its natural key (name, unique per country) and created only when absent;</li>
 *   <li>a registration is posted, and a {@code 409} (certificate number already registered) counts as already
 *       there once the certificate is found on the same organization;</li>
 *   <li>every {@code POST} carries an {@code Idempotency-Key} derived from the natural key and the body, so a retry
 *       after a lost answer creates nothing twice.</li>
 * </ul>
 * Anything else that is not a 2xx stops the load with a {@link LoadFailure}.
 */
final class RegistryLoader {

    static final String RESOURCE = "/demo/registry.json";

    /** One organization of the data file: an {@code OrganizationInput} plus its registration certificates. */
    record OrganizationSeed(String name, String localName, String acronym, String countryCode, String type,
                            String headquarters, String website, String email, List<String> sectors, String status,
                            List<RegistrationSeed> registrations) {

        String key() {
            return countryCode + "/" + name;
        }
    }

    /** One registration certificate: a {@code RegistrationInput}. */
    record RegistrationSeed(String kind, String certificateNumber, String issuedBy, LocalDate issuedOn,
                            LocalDate validFrom, LocalDate validUntil, List<String> provinces, List<String> sectors) {
    }

    /** What a load did, and the ids of the organizations for the steps that follow (projects, partners). */
    record Result(int organizationsCreated, int organizationsExisting, int registrationsCreated,
                  int registrationsExisting, Map<String, UUID> organizationIds) {

        String summary() {
            return "ngo-registry: organizations " + organizationsCreated + " created, " + organizationsExisting
                    + " existing; registrations " + registrationsCreated + " created, " + registrationsExisting + " existing";
        }
    }

    private final ApiClient registry;
    private final ObjectMapper json;

    RegistryLoader(ApiClient registry, ObjectMapper json) {
        this.registry = registry;
        this.json = json;
    }

    static List<OrganizationSeed> readSeeds(ObjectMapper json) {
        try (InputStream in = RegistryLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LoadFailure("data file " + RESOURCE + " is missing from the class path");
            }
            return json.readValue(in, new TypeReference<List<OrganizationSeed>>() {
            });
        } catch (IOException e) {
            throw new LoadFailure("cannot read " + RESOURCE + ": " + e.getMessage());
        }
    }

    Result load(List<OrganizationSeed> seeds) {
        int orgsCreated = 0, orgsExisting = 0, regsCreated = 0, regsExisting = 0;
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (OrganizationSeed seed : seeds) {
            UUID id = find(seed);
            if (id != null) {
                orgsExisting++;
            } else {
                ApiClient.Answer created = create(seed);
                id = UUID.fromString(created.body().path("id").asText());
                if (created.replayed()) {
                    orgsExisting++;
                } else {
                    orgsCreated++;
                }
            }
            ids.put(seed.key(), id);
            for (RegistrationSeed registration : seed.registrations() == null ? List.<RegistrationSeed>of() : seed.registrations()) {
                if (register(id, seed, registration)) {
                    regsCreated++;
                } else {
                    regsExisting++;
                }
            }
        }
        return new Result(orgsCreated, orgsExisting, regsCreated, regsExisting, ids);
    }

    /** The id of the organization with this name (case-insensitive, as the registry keeps it unique) and country. */
    private UUID find(OrganizationSeed seed) {
        String path = "/api/v1/organizations?q=" + ApiClient.encode(seed.name()) + "&country="
                + ApiClient.encode(seed.countryCode()) + "&size=200";
        JsonNode items = registry.get(path).requireOk("looking up organization " + seed.key()).body().path("items");
        for (JsonNode item : items) {
            if (item.path("name").asText().trim().equalsIgnoreCase(seed.name().trim())) {
                return UUID.fromString(item.path("id").asText());
            }
        }
        return null;
    }

    private ApiClient.Answer create(OrganizationSeed seed) {
        ObjectNode body = json.valueToTree(seed);
        body.remove("registrations");
        String key = "demo-organization-" + ApiClient.digest(seed.countryCode() + "\n" + seed.name().trim().toLowerCase(Locale.ROOT))
                + "-" + ApiClient.digest(registry.write(body));
        ApiClient.Answer answer = registry.post("/api/v1/organizations", body, key);
        return answer.requireOk("creating organization " + seed.key());
    }

    /** Posts the registration; true when it was created now, false when it was already there. */
    private boolean register(UUID organizationId, OrganizationSeed seed, RegistrationSeed registration) {
        String key = "demo-registration-" + ApiClient.digest(registration.certificateNumber().trim().toUpperCase(Locale.ROOT))
                + "-" + ApiClient.digest(registry.write(registration));
        ApiClient.Answer answer = registry.post("/api/v1/organizations/" + organizationId + "/registrations", registration, key);
        String what = "registering certificate " + registration.certificateNumber() + " of " + seed.key();
        if (answer.ok()) {
            return !answer.replayed();
        }
        if (answer.status() == 409 && holds(organizationId, registration.certificateNumber())) {
            return false;
        }
        throw answer.failure(what);
    }

    /** Whether the organization already holds a certificate with this number. */
    private boolean holds(UUID organizationId, String certificateNumber) {
        String path = "/api/v1/registrations?organizationId=" + organizationId + "&q=" + ApiClient.encode(certificateNumber.trim())
                + "&size=200";
        for (JsonNode item : registry.get(path).requireOk("looking up certificate " + certificateNumber).body().path("items")) {
            if (item.path("certificateNumber").asText().equalsIgnoreCase(certificateNumber.trim())) {
                return true;
            }
        }
        return false;
    }
}
