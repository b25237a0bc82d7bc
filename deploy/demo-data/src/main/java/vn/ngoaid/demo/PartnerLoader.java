package vn.ngoaid.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Loads the partner part of the demo data ({@code demo/partner.json}) into partner-service through its public API,
 * so that it can run any number of times:
 * <ul>
 *   <li>every record is first looked up by its natural key (a locality by name, country and parent; a partnership by
 *       province, locality and kind; an agreement by province, title and signing date; a twinning by province and the
 *       names of its two units; an exchange by province, direction, title and start date; an association by province
 *       and name) with the list filters and {@code q}, and created only when absent;</li>
 *   <li>every {@code POST} carries an {@code Idempotency-Key} derived from the natural key and the body, so a retry
 *       after a lost answer creates nothing twice; a {@code 409} (created meanwhile) counts as already there.</li>
 * </ul>
 * Localities are referred to in the file by a key ({@code "CN/Guangxi"}), organizations by the "country/name" key of
 * the registry step ({@link RegistryLoader.Result#organizationIds()}). Anything else that is not a 2xx stops the load
 * with a {@link LoadFailure}.
 */
final class PartnerLoader {

    static final String RESOURCE = "/demo/partner.json";

    /** The data file: what the figures come from, and the records of each resource. */
    record Data(String source, List<LocalitySeed> localities, List<PartnershipSeed> partnerships,
                List<AgreementSeed> agreements, List<TwinningSeed> twinnings, List<ExchangeSeed> exchanges,
                List<AssociationSeed> associations) {
    }

    /** A {@code LocalityInput} with a key to refer to it in this file, and the key of its parent. */
    record LocalitySeed(String key, String name, String localName, String vietnameseName, String countryCode,
                        String level, String parent) {
    }

    record PartnershipSeed(String province, String locality, String kind, LocalDate since, LocalDate until,
                           String status, String note) {
    }

    /** The counterpart is a locality key, an organization key ("BE/VECO (Vredeseilanden)") or a name with a country. */
    record CounterpartSeed(String locality, String organization, String name, String countryCode) {
    }

    record AgreementSeed(String province, CounterpartSeed counterpart, String title, String localTitle,
                         LocalDate signedOn, LocalDate validUntil, List<String> sectors, String signatoryLevel,
                         String status, String note) {
    }

    record UnitSeed(String name, String level, String district) {
    }

    record TwinningSeed(String province, UnitSeed domesticUnit, UnitSeed foreignUnit, String locality,
                        LocalDate since, String note) {
    }

    record ExchangeSeed(String province, String direction, String locality, String organization, String countryCode,
                        String title, String purpose, LocalDate startDate, LocalDate endDate, Integer delegations,
                        Integer participants) {
    }

    record AssociationSeed(String province, String name, String localName, String counterpartCountry, Integer members,
                           LocalDate founded) {
    }

    /** What a load did per resource ("localities" → created, existing), and the ids of the localities by key. */
    record Result(Map<String, int[]> counts, Map<String, UUID> localityIds) {

        String summary() {
            StringBuilder line = new StringBuilder("partner:");
            String separator = " ";
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                line.append(separator).append(entry.getKey()).append(' ').append(entry.getValue()[0]).append(" created, ")
                        .append(entry.getValue()[1]).append(" existing");
                separator = "; ";
            }
            return line.toString();
        }
    }

    private final ApiClient partner;
    private final Map<String, UUID> organizationIds;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, UUID> localityIds = new LinkedHashMap<>();

    PartnerLoader(ApiClient partner, Map<String, UUID> organizationIds) {
        this.partner = partner;
        this.organizationIds = organizationIds;
        for (String resource : List.of("localities", "partnerships", "agreements", "twinnings", "exchanges", "associations")) {
            counts.put(resource, new int[2]);
        }
    }

    static Data readData(ObjectMapper json) {
        try (InputStream in = PartnerLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LoadFailure("data file " + RESOURCE + " is missing from the class path");
            }
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new LoadFailure("cannot read " + RESOURCE + ": " + e.getMessage());
        }
    }

    Result load(Data data) {
        for (LocalitySeed seed : data.localities()) {
            loadLocality(seed);
        }
        for (PartnershipSeed seed : data.partnerships()) {
            UUID locality = locality(seed.locality());
            Map<String, Object> body = body("province", seed.province(), "localityId", locality, "kind", seed.kind(),
                    "since", seed.since(), "until", seed.until(), "status", seed.status(), "note", seed.note());
            ensure("partnerships", "/api/v1/partnerships?province=" + seed.province() + "&localityId=" + locality
                            + "&kind=" + seed.kind() + "&size=200", item -> true,
                    "partnership " + seed.province() + " – " + seed.locality() + " " + seed.kind(), body);
        }
        for (AgreementSeed seed : data.agreements()) {
            CounterpartSeed c = seed.counterpart();
            Map<String, Object> counterpart = c.locality() != null ? body("localityId", locality(c.locality()))
                    : c.organization() != null ? body("organizationId", organization(c.organization()))
                    : body("name", c.name(), "countryCode", c.countryCode());
            Map<String, Object> body = body("province", seed.province(), "counterpart", counterpart, "title", seed.title(),
                    "localTitle", seed.localTitle(), "signedOn", seed.signedOn(), "validUntil", seed.validUntil(),
                    "sectors", seed.sectors(), "signatoryLevel", seed.signatoryLevel(), "status", seed.status(),
                    "note", seed.note());
            ensure("agreements", "/api/v1/agreements?province=" + seed.province() + "&q=" + ApiClient.encode(seed.title())
                            + "&size=200",
                    item -> sameText(item.path("title"), seed.title()) && item.path("signedOn").asText().equals(seed.signedOn().toString()),
                    "agreement " + seed.province() + " " + seed.signedOn() + " " + seed.title(), body);
        }
        for (TwinningSeed seed : data.twinnings()) {
            Map<String, Object> body = body("province", seed.province(),
                    "domesticUnit", body("name", seed.domesticUnit().name(), "level", seed.domesticUnit().level(),
                            "district", seed.domesticUnit().district()),
                    "foreignUnit", body("name", seed.foreignUnit().name(), "level", seed.foreignUnit().level()),
                    "localityId", locality(seed.locality()), "since", seed.since(), "note", seed.note());
            ensure("twinnings", "/api/v1/twinnings?province=" + seed.province() + "&q="
                            + ApiClient.encode(seed.domesticUnit().name()) + "&size=200",
                    item -> sameText(item.path("domesticUnit").path("name"), seed.domesticUnit().name())
                            && sameText(item.path("foreignUnit").path("name"), seed.foreignUnit().name()),
                    "twinning " + seed.province() + " " + seed.domesticUnit().name() + " – " + seed.foreignUnit().name(), body);
        }
        for (ExchangeSeed seed : data.exchanges()) {
            Map<String, Object> body = body("province", seed.province(), "direction", seed.direction(),
                    "localityId", seed.locality() == null ? null : locality(seed.locality()),
                    "organizationId", seed.organization() == null ? null : organization(seed.organization()),
                    "countryCode", seed.countryCode(), "title", seed.title(), "purpose", seed.purpose(),
                    "startDate", seed.startDate(), "endDate", seed.endDate(), "delegations", seed.delegations(),
                    "participants", seed.participants());
            ensure("exchanges", "/api/v1/exchanges?province=" + seed.province() + "&direction=" + seed.direction()
                            + "&q=" + ApiClient.encode(seed.title()) + "&size=200",
                    item -> sameText(item.path("title"), seed.title()) && item.path("startDate").asText().equals(seed.startDate().toString()),
                    "exchange " + seed.province() + " " + seed.startDate() + " " + seed.title(), body);
        }
        for (AssociationSeed seed : data.associations()) {
            Map<String, Object> body = body("province", seed.province(), "name", seed.name(), "localName", seed.localName(),
                    "counterpartCountry", seed.counterpartCountry(), "members", seed.members(), "founded", seed.founded());
            ensure("associations", "/api/v1/friendship-associations?province=" + seed.province() + "&q="
                            + ApiClient.encode(seed.name()) + "&size=200",
                    item -> sameText(item.path("name"), seed.name()),
                    "friendship association " + seed.province() + " " + seed.name(), body);
        }
        return new Result(counts, localityIds);
    }

    private void loadLocality(LocalitySeed seed) {
        UUID parent = seed.parent() == null ? null : locality(seed.parent());
        Map<String, Object> body = body("name", seed.name(), "localName", seed.localName(),
                "vietnameseName", seed.vietnameseName(), "countryCode", seed.countryCode(), "level", seed.level(),
                "parentId", parent);
        String lookup = "/api/v1/localities?countryCode=" + seed.countryCode() + "&q=" + ApiClient.encode(seed.name())
                + (parent == null ? "" : "&parentId=" + parent) + "&size=200";
        UUID id = ensure("localities", lookup,
                item -> sameText(item.path("name"), seed.name())
                        && Objects.equals(item.path("parentId").isNull() || item.path("parentId").isMissingNode() ? null
                        : item.path("parentId").asText(), parent == null ? null : parent.toString()),
                "locality " + seed.key(), body);
        localityIds.put(seed.key(), id);
    }

    /**
     * The id of the record the lookup finds (an item matching {@code same}); else posts {@code body} and answers the
     * new id. Counts the record as created or existing.
     */
    private UUID ensure(String resource, String lookup, Predicate<JsonNode> same, String what, Map<String, Object> body) {
        UUID found = find(lookup, same, what);
        if (found != null) {
            counts.get(resource)[1]++;
            return found;
        }
        String path = lookup.substring(0, lookup.indexOf('?'));
        String key = "demo-partner-" + resource + "-" + ApiClient.digest(what.toLowerCase(Locale.ROOT))
                + "-" + ApiClient.digest(partner.write(body));
        ApiClient.Answer answer = partner.post(path, body, key);
        if (answer.status() == 409) {
            UUID existing = find(lookup, same, what);
            if (existing != null) {
                counts.get(resource)[1]++;
                return existing;
            }
        }
        answer.requireOk("creating " + what);
        counts.get(resource)[answer.replayed() ? 1 : 0]++;
        return UUID.fromString(answer.body().path("id").asText());
    }

    private UUID find(String lookup, Predicate<JsonNode> same, String what) {
        for (JsonNode item : partner.get(lookup).requireOk("looking up " + what).body().path("items")) {
            if (same.test(item)) {
                return UUID.fromString(item.path("id").asText());
            }
        }
        return null;
    }

    private UUID locality(String key) {
        UUID id = localityIds.get(key);
        if (id == null) {
            throw new LoadFailure("locality '" + key + "' is used before it is defined in " + RESOURCE);
        }
        return id;
    }

    private UUID organization(String key) {
        UUID id = organizationIds.get(key);
        if (id == null) {
            throw new LoadFailure("organization '" + key + "' of " + RESOURCE + " was not loaded by the registry step "
                    + "(keys are \"country/name\" as in registry.json)");
        }
        return id;
    }

    private static boolean sameText(JsonNode node, String text) {
        return node.asText().trim().equalsIgnoreCase(text.trim());
    }

    /** A JSON object from name, value pairs, leaving out null values. */
    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }
}
