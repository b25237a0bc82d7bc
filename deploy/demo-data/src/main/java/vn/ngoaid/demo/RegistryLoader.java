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
 *   <li>a registration's status changes ({@code statusChanges}: suspended, reinstated, revoked, oldest first) are
 *       posted after it, each one its history lacks (same status, same effective day); a {@code 409} counts as
 *       already there once the history holds the change;</li>
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

    /** One registration certificate: a {@code RegistrationInput}, plus the decisions on its status since, oldest first. */
    record RegistrationSeed(String kind, String certificateNumber, String issuedBy, LocalDate issuedOn,
                            LocalDate validFrom, LocalDate validUntil, List<String> provinces, List<String> sectors,
                            List<StatusChangeSeed> statusChanges) {

        RegistrationSeed {
            statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
        }
    }

    /** A decision that suspends, reinstates or revokes a registration, back-dated to its day: a {@code StatusChangeInput}. */
    record StatusChangeSeed(String status, String reason, LocalDate effectiveOn) {
    }

    /** What a load did, and the ids of the organizations for the steps that follow (projects, partners). */
    record Result(int organizationsCreated, int organizationsExisting, int registrationsCreated,
                  int registrationsExisting, int statusChangesCreated, int statusChangesExisting,
                  Map<String, UUID> organizationIds) {

        String summary() {
            return "ngo-registry: organizations " + organizationsCreated + " created, " + organizationsExisting
                    + " existing; registrations " + registrationsCreated + " created, " + registrationsExisting
                    + " existing; status changes " + statusChangesCreated + " created, " + statusChangesExisting + " existing";
        }
    }

    /** A registration as the registry holds it, and whether this load created it. */
    private record Registered(UUID id, boolean created) {
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
        int orgsCreated = 0, orgsExisting = 0, regsCreated = 0, regsExisting = 0, changesCreated = 0, changesExisting = 0;
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
                Registered registered = register(id, seed, registration);
                if (registered.created()) {
                    regsCreated++;
                } else {
                    regsExisting++;
                }
                int posted = changeStatus(registered.id(), registration);
                changesCreated += posted;
                changesExisting += registration.statusChanges().size() - posted;
            }
        }
        return new Result(orgsCreated, orgsExisting, regsCreated, regsExisting, changesCreated, changesExisting, ids);
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

    /** Posts the registration (its status changes go apart) and says which it is, created now or already there. */
    private Registered register(UUID organizationId, OrganizationSeed seed, RegistrationSeed registration) {
        ObjectNode body = json.valueToTree(registration);
        body.remove("statusChanges");
        String key = "demo-registration-" + ApiClient.digest(registration.certificateNumber().trim().toUpperCase(Locale.ROOT))
                + "-" + ApiClient.digest(registry.write(body));
        ApiClient.Answer answer = registry.post("/api/v1/organizations/" + organizationId + "/registrations", body, key);
        String what = "registering certificate " + registration.certificateNumber() + " of " + seed.key();
        if (answer.ok()) {
            return new Registered(UUID.fromString(answer.body().path("id").asText()), !answer.replayed());
        }
        UUID existing = answer.status() == 409 ? find(organizationId, registration.certificateNumber()) : null;
        if (existing != null) {
            return new Registered(existing, false);
        }
        throw answer.failure(what);
    }

    /** The id of the organization's certificate with this number, or null when it holds none. */
    private UUID find(UUID organizationId, String certificateNumber) {
        String path = "/api/v1/registrations?organizationId=" + organizationId + "&q=" + ApiClient.encode(certificateNumber.trim())
                + "&size=200";
        for (JsonNode item : registry.get(path).requireOk("looking up certificate " + certificateNumber).body().path("items")) {
            if (item.path("certificateNumber").asText().equalsIgnoreCase(certificateNumber.trim())) {
                return UUID.fromString(item.path("id").asText());
            }
        }
        return null;
    }

    /**
     * Posts the status changes of the seed that the registration's history lacks, oldest first (the registry takes
     * none before the last it recorded); @return how many were posted now.
     */
    private int changeStatus(UUID registrationId, RegistrationSeed registration) {
        if (registration.statusChanges().isEmpty()) {
            return 0;
        }
        String certificate = registration.certificateNumber();
        JsonNode history = history(registrationId, certificate);
        int posted = 0;
        for (StatusChangeSeed change : registration.statusChanges()) {
            if (recorded(history, change)) {
                continue;
            }
            String key = "demo-status-change-" + ApiClient.digest(certificate.trim().toUpperCase(Locale.ROOT))
                    + "-" + ApiClient.digest(registry.write(change));
            ApiClient.Answer answer = registry.post("/api/v1/registrations/" + registrationId + "/status-changes", change, key);
            if (answer.ok()) {
                posted += answer.replayed() ? 0 : 1;
            } else if (answer.status() != 409 || !recorded(history(registrationId, certificate), change)) {
                throw answer.failure("changing the status of certificate " + certificate + " to " + change.status()
                        + " from " + change.effectiveOn());
            }
        }
        return posted;
    }

    private JsonNode history(UUID registrationId, String certificate) {
        return registry.get("/api/v1/registrations/" + registrationId).requireOk("reading certificate " + certificate)
                .body().path("history");
    }

    /** Whether the history holds the change: the same status from the same day. */
    private static boolean recorded(JsonNode history, StatusChangeSeed change) {
        for (JsonNode entry : history) {
            if (entry.path("status").asText().equals(change.status())
                    && entry.path("effectiveOn").asText().equals(change.effectiveOn().toString())) {
                return true;
            }
        }
        return false;
    }
}
