package vn.ngoaid.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Loads the aid-project part of the demo data ({@code demo/aid.json}) into aid-project-service through its public
 * API, so that it can run any number of times:
 * <ul>
 *   <li>every annual exchange rate is written with {@code PUT /api/v1/exchange-rates/{year}/{currency}}, which
 *       creates or replaces and so is idempotent by nature;</li>
 *   <li>a project is looked up by its code ({@code q=} search, then an exact comparison) and created only when
 *       absent; a {@code 409} (code already taken) counts as already there once the project is found;</li>
 *   <li>transactions are append-only, so only the seed transactions that the project does not hold yet (same type,
 *       date, amount and currency) are posted, in date order so that disbursements never run ahead of commitments;</li>
 *   <li>every {@code POST} carries an {@code Idempotency-Key} derived from the natural key and the body, so a retry
 *       after a lost answer creates nothing twice.</li>
 * </ul>
 * A registered donor is named in the data file by its registry key ({@code "DE/Terre des Hommes Deutschland"}) and
 * resolved to the organization id the registry step returned; an unknown key stops the load before anything is
 * written. Anything else that is not a 2xx stops the load with a {@link LoadFailure}.
 */
final class AidLoader {

    static final String RESOURCE = "/demo/aid.json";

    /** The whole data file: annual exchange rates and the projects with their transactions. */
    record Seeds(List<RateSeed> exchangeRates, List<ProjectSeed> projects) {
    }

    /** The annual average rates of one currency, units of it per US dollar, by year. */
    record RateSeed(String currency, Map<Integer, BigDecimal> unitsPerUsd) {
    }

    /** A registered donor ({@code organization}: registry key "CC/name") or a donor outside the registry. */
    record DonorSeed(String organization, String name, String type, String countryCode) {
    }

    record SectorSeed(String code, BigDecimal percentage) {
    }

    record LocationSeed(String province, String district, BigDecimal percentage) {
    }

    record DecisionSeed(String number, LocalDate date, String authority) {
    }

    record TransactionSeed(String type, LocalDate date, BigDecimal amount, String currency, String description) {
    }

    /** One project of the data file: a {@code ProjectInput} (donor by registry key) plus its transactions. */
    record ProjectSeed(String code, String title, String localTitle, DonorSeed donor, String modality,
                       List<SectorSeed> sectors, List<LocationSeed> locations, String approvalLevel,
                       DecisionSeed approvalDecision, LocalDate startDate, LocalDate endDate, String status,
                       String currency, List<TransactionSeed> transactions) {
    }

    /** The donor as the API takes it. */
    record DonorInput(UUID organizationId, String name, String type, String countryCode) {
    }

    /** The body of {@code POST /api/v1/projects}. */
    record ProjectInput(String code, String title, String localTitle, DonorInput donor, String modality,
                        List<SectorSeed> sectors, List<LocationSeed> locations, String approvalLevel,
                        DecisionSeed approvalDecision, LocalDate startDate, LocalDate endDate, String status,
                        String currency) {
    }

    record RateInput(BigDecimal unitsPerUsd) {
    }

    /** What a load did. */
    record Result(int ratesWritten, int projectsCreated, int projectsFound, int transactionsCreated) {

        String summary() {
            return "aid-project: exchange rates " + ratesWritten + " written; projects " + projectsCreated + " created, "
                    + projectsFound + " existing; transactions " + transactionsCreated + " created";
        }
    }

    private final ApiClient aid;
    private final ObjectMapper json;
    private final Map<String, UUID> organizationIds;

    AidLoader(ApiClient aid, ObjectMapper json, Map<String, UUID> organizationIds) {
        this.aid = aid;
        this.json = json;
        this.organizationIds = organizationIds;
    }

    static Seeds readSeeds(ObjectMapper json) {
        try (InputStream in = AidLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LoadFailure("data file " + RESOURCE + " is missing from the class path");
            }
            Seeds seeds = json.readValue(in, Seeds.class);
            if (seeds.exchangeRates() == null || seeds.projects() == null) {
                throw new LoadFailure(RESOURCE + " needs both \"exchangeRates\" and \"projects\"");
            }
            return seeds;
        } catch (IOException e) {
            throw new LoadFailure("cannot read " + RESOURCE + ": " + e.getMessage());
        }
    }

    Result load(Seeds seeds) {
        // resolve every donor first, so that an unknown registry key stops the load before anything is written
        Map<String, ProjectInput> inputs = new LinkedHashMap<>();
        for (ProjectSeed seed : seeds.projects()) {
            if (inputs.put(seed.code(), input(seed)) != null) {
                throw new LoadFailure("project code " + seed.code() + " appears twice in " + RESOURCE);
            }
        }

        int rates = 0;
        for (RateSeed rate : seeds.exchangeRates()) {
            for (Map.Entry<Integer, BigDecimal> year : new TreeMap<>(rate.unitsPerUsd()).entrySet()) {
                String path = "/api/v1/exchange-rates/" + year.getKey() + "/" + ApiClient.encode(rate.currency());
                aid.put(path, new RateInput(year.getValue()))
                        .requireOk("writing the " + rate.currency() + " rate of " + year.getKey());
                rates++;
            }
        }

        int created = 0, found = 0, transactions = 0;
        for (ProjectSeed seed : seeds.projects()) {
            ProjectInput input = inputs.get(seed.code());
            JsonNode existing = find(seed.code());
            UUID id;
            boolean fresh = false;
            if (existing != null) {
                id = UUID.fromString(existing.path("id").asText());
                found++;
            } else {
                ApiClient.Answer answer = create(input);
                if (answer.ok()) {
                    id = UUID.fromString(answer.body().path("id").asText());
                    fresh = !answer.replayed();
                    if (fresh) {
                        created++;
                    } else {
                        found++;
                    }
                } else if (answer.status() == 409 && (existing = findThoroughly(seed.code())) != null) {
                    id = UUID.fromString(existing.path("id").asText());
                    found++;
                } else {
                    throw answer.failure("creating project " + seed.code());
                }
            }
            transactions += postTransactions(id, seed, fresh);
        }
        return new Result(rates, created, found, transactions);
    }

    private ProjectInput input(ProjectSeed seed) {
        DonorSeed donor = seed.donor();
        if (donor == null) {
            throw new LoadFailure("project " + seed.code() + " in " + RESOURCE + " has no donor");
        }
        DonorInput donorInput;
        if (donor.organization() != null) {
            UUID organizationId = organizationIds.get(donor.organization());
            if (organizationId == null) {
                throw new LoadFailure("project " + seed.code() + " names donor organization \"" + donor.organization()
                        + "\", which is not among the " + organizationIds.size() + " organizations of the registry step");
            }
            donorInput = new DonorInput(organizationId, null, null, null);
        } else {
            donorInput = new DonorInput(null, donor.name(), donor.type(), donor.countryCode());
        }
        return new ProjectInput(seed.code(), seed.title(), seed.localTitle(), donorInput, seed.modality(),
                seed.sectors(), seed.locations(), seed.approvalLevel(), seed.approvalDecision(), seed.startDate(),
                seed.endDate(), seed.status(), seed.currency());
    }

    /** The project with exactly this code (codes are unique regardless of case), found by the free-text search. */
    private JsonNode find(String code) {
        String path = "/api/v1/projects?q=" + ApiClient.encode(code) + "&size=200";
        for (JsonNode item : aid.get(path).requireOk("looking up project " + code).body().path("items")) {
            if (item.path("code").asText().trim().equalsIgnoreCase(code.trim())) {
                return item;
            }
        }
        return null;
    }

    /** After a 409: the search first, then every page of the project list. */
    private JsonNode findThoroughly(String code) {
        JsonNode item = find(code);
        if (item != null) {
            return item;
        }
        for (int page = 0; ; page++) {
            JsonNode body = aid.get("/api/v1/projects?size=200&page=" + page).requireOk("listing projects").body();
            for (JsonNode candidate : body.path("items")) {
                if (candidate.path("code").asText().trim().equalsIgnoreCase(code.trim())) {
                    return candidate;
                }
            }
            if (page + 1 >= body.path("totalPages").asInt(0) || body.path("items").isEmpty()) {
                return null;
            }
        }
    }

    private ApiClient.Answer create(ProjectInput input) {
        JsonNode body = json.valueToTree(input);
        String key = "demo-project-" + ApiClient.digest(input.code().trim().toUpperCase(Locale.ROOT))
                + "-" + ApiClient.digest(aid.write(body));
        return aid.post("/api/v1/projects", body, key);
    }

    /**
     * Posts the seed transactions the project does not hold yet, in the order of the data file (sorted by date,
     * commitments first). A project just created holds none; one found again is compared with its transaction list,
     * so a load stopped half-way through a project is completed on the next run and nothing is posted twice.
     */
    private int postTransactions(UUID projectId, ProjectSeed seed, boolean fresh) {
        List<TransactionSeed> seedTransactions = seed.transactions() == null ? List.of() : seed.transactions();
        List<JsonNode> held = fresh ? new ArrayList<>() : transactions(projectId, seed.code());
        int posted = 0;
        for (int i = 0; i < seedTransactions.size(); i++) {
            TransactionSeed transaction = seedTransactions.get(i);
            if (removeMatch(held, transaction, seed.currency())) {
                continue;
            }
            JsonNode body = json.valueToTree(transaction);
            String key = "demo-tx-" + seed.code() + "-" + i + "-" + ApiClient.digest(aid.write(body));
            ApiClient.Answer answer = aid.post("/api/v1/projects/" + projectId + "/transactions", body, key)
                    .requireOk("posting transaction " + (i + 1) + " (" + transaction.type() + " " + transaction.date()
                            + ") of project " + seed.code());
            if (!answer.replayed()) {
                posted++;
            }
        }
        return posted;
    }

    private List<JsonNode> transactions(UUID projectId, String code) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = aid.get("/api/v1/projects/" + projectId + "/transactions?size=200&page=" + page)
                    .requireOk("listing the transactions of project " + code).body();
            body.path("items").forEach(all::add);
            if (page + 1 >= body.path("totalPages").asInt(0) || body.path("items").isEmpty()) {
                return all;
            }
        }
    }

    /** Removes from {@code held} one transaction equal to the seed (type, date, amount, currency); true if found. */
    private static boolean removeMatch(List<JsonNode> held, TransactionSeed seed, String projectCurrency) {
        String currency = seed.currency() != null ? seed.currency() : projectCurrency;
        for (int i = 0; i < held.size(); i++) {
            JsonNode item = held.get(i);
            if (item.path("type").asText().equals(seed.type())
                    && item.path("date").asText().equals(seed.date().toString())
                    && item.path("currency").asText(currency).equalsIgnoreCase(currency)
                    && amount(item.path("amount")) != null
                    && amount(item.path("amount")).compareTo(seed.amount()) == 0) {
                held.remove(i);
                return true;
            }
        }
        return false;
    }

    /** An amount as the service writes it: a JSON number (or, tolerated, a numeric string); null otherwise. */
    private static BigDecimal amount(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
