package vn.ngoaid.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 *   <li>a project found again whose planned disbursements or implementers differ from its seed's (a database loaded
 *       before the seeds had them, or edited since) gets the seed's by a {@code PUT} of the project as the service
 *       answers it, with {@code If-Match}: every other field, the status included, stays as it is there. A seed that
 *       leaves {@code plannedDisbursements} or {@code implementers} out leaves the project's alone;</li>
 *   <li>transactions are append-only, so only the seed transactions that the project does not hold yet (same type,
 *       date, amount and currency) are posted, in date order so that disbursements never run ahead of commitments;</li>
 *   <li>every {@code POST} carries an {@code Idempotency-Key} derived from the natural key and the body, so a retry
 *       after a lost answer creates nothing twice.</li>
 * </ul>
 * A registered donor is named in the data file by its registry key ({@code "DE/Terre des Hommes Deutschland"}) and
 * resolved to the organization id the registry step returned; an unknown key stops the load before anything is
 * written. Anything else that is not a 2xx stops the load with a {@link LoadFailure} (the seeds' plans and
 * implementers follow the service's rules: {@code AidSeedsTest} checks them).
 * <p>
 * The seeds' plans and implementers are written out in {@code aid.json}, nothing is made up here. About half of the
 * projects have a plan, in the project's currency, only in years in which the project has a transaction, so that the
 * projects and organizations counted per year are the official figures the demo reproduces; the plans were drawn once
 * from each project's own transactions, so that some years are over-planned (by 20–60 %, or a slow first year planned
 * on its commitment), most met and a few under-planned. Most projects name their Vietnamese partners: the managing
 * agency (usually the provincial People's Committee), the project owner (a provincial department, a district, a
 * commune, a mass organization, a hospital or college) and implementing organisations; some emergency relief and
 * non-project aid has no owner.
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

    /** What the donor plans to disburse in a year, in the project's currency. */
    record PlannedSeed(Integer year, BigDecimal amount) {
    }

    /**
     * A Vietnamese partner of the project: {@code name} in English, {@code localName} in Vietnamese; {@code role}
     * PROJECT_OWNER (at most one), MANAGING_AGENCY or IMPLEMENTING.
     */
    record ImplementerSeed(String name, String localName, String type, String role) {
    }

    /**
     * One project of the data file: a {@code ProjectInput} (donor by registry key) plus its transactions; the plan and
     * the implementers may be left out (null: the project's are left alone).
     */
    record ProjectSeed(String code, String title, String localTitle, DonorSeed donor, String modality,
                       List<SectorSeed> sectors, List<LocationSeed> locations, String approvalLevel,
                       DecisionSeed approvalDecision, LocalDate startDate, LocalDate endDate, String status,
                       String currency, List<PlannedSeed> plannedDisbursements, List<ImplementerSeed> implementers,
                       List<TransactionSeed> transactions) {
    }

    /** The donor as the API takes it. */
    record DonorInput(UUID organizationId, String name, String type, String countryCode) {
    }

    /** The body of {@code POST /api/v1/projects}; a plan or implementers left out of the seed are left out here. */
    record ProjectInput(String code, String title, String localTitle, DonorInput donor, String modality,
                        List<SectorSeed> sectors, List<LocationSeed> locations, String approvalLevel,
                        DecisionSeed approvalDecision, LocalDate startDate, LocalDate endDate, String status,
                        String currency, List<PlannedSeed> plannedDisbursements, List<ImplementerSeed> implementers) {
    }

    /** The fields of a project that a {@code PUT} writes back as they are, besides the plan and the implementers. */
    private static final List<String> KEPT_ON_REVISION = List.of("code", "title", "localTitle", "modality", "sectors",
            "locations", "approvalLevel", "approvalDecision", "startDate", "endDate", "currency", "partnerLocalityId");

    record RateInput(BigDecimal unitsPerUsd) {
    }

    /** What a load did. */
    record Result(int ratesWritten, int projectsCreated, int projectsFound, int projectsRevised,
                  int transactionsCreated) {

        String summary() {
            return "aid-project: exchange rates " + ratesWritten + " written; projects " + projectsCreated + " created, "
                    + projectsFound + " existing (" + projectsRevised + " given the seeds' plan or implementers); "
                    + "transactions " + transactionsCreated + " created";
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

        int created = 0, found = 0, revised = 0, transactions = 0;
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
                        existing = answer.body();
                    }
                } else if (answer.status() == 409 && (existing = findThoroughly(seed.code())) != null) {
                    id = UUID.fromString(existing.path("id").asText());
                    found++;
                } else {
                    throw answer.failure("creating project " + seed.code());
                }
            }
            if (!fresh && revise(id, seed, existing)) {
                revised++;
            }
            transactions += postTransactions(id, seed, fresh);
        }
        return new Result(rates, created, found, revised, transactions);
    }

    /**
     * Gives a project found again the seed's plan and implementers when they differ from its own: {@code known} is the
     * project as a list or an earlier answer showed it (null when none did); only when it differs there, or does not
     * show them, is the project read with its {@code ETag} and, if it still differs, replaced with {@code If-Match}
     * (a {@code 412}, changed meanwhile, reads it again). True when it was replaced.
     */
    private boolean revise(UUID id, ProjectSeed seed, JsonNode known) {
        if (seed.plannedDisbursements() == null && seed.implementers() == null) {
            return false;
        }
        if (known != null && known.has("plannedDisbursements") && known.has("implementers") && matches(seed, known)) {
            return false;
        }
        String path = "/api/v1/projects/" + id;
        for (int attempt = 1; ; attempt++) {
            ApiClient.Answer current = aid.get(path).requireOk("reading project " + seed.code());
            if (matches(seed, current.body())) {
                return false;
            }
            ApiClient.Answer answer = aid.put(path, revision(seed, current.body()), current.etag());
            if (answer.ok()) {
                return true;
            }
            if (answer.status() != 412 || attempt == 3) {
                throw answer.failure("giving project " + seed.code() + " the plan and implementers of " + RESOURCE);
            }
        }
    }

    /** Whether the project holds the seed's plan (same years and amounts) and implementers (in any order). */
    static boolean matches(ProjectSeed seed, JsonNode project) {
        if (seed.plannedDisbursements() != null) {
            Map<Integer, BigDecimal> planned = new HashMap<>();
            for (PlannedSeed p : seed.plannedDisbursements()) {
                planned.put(p.year(), p.amount());
            }
            JsonNode held = project.path("plannedDisbursements");
            if (held.size() != planned.size()) {
                return false;
            }
            for (JsonNode row : held) {
                BigDecimal amount = planned.get(row.path("year").asInt());
                if (amount == null || amount(row.path("amount")) == null || amount.compareTo(amount(row.path("amount"))) != 0) {
                    return false;
                }
            }
        }
        if (seed.implementers() != null) {
            List<List<String>> wanted = new ArrayList<>();
            for (ImplementerSeed i : seed.implementers()) {
                wanted.add(Arrays.asList(i.name(), i.localName(), i.type(), i.role()));
            }
            JsonNode held = project.path("implementers");
            if (held.size() != wanted.size()) {
                return false;
            }
            for (JsonNode row : held) {
                if (!wanted.remove(Arrays.asList(text(row, "name"), text(row, "localName"), text(row, "type"),
                        text(row, "role")))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * The body of the {@code PUT} that gives the project the seed's plan and implementers: the project as the service
     * answered it (its input fields only; the donor by its organization id when registered; no status, so that it stays
     * as it is), with the seed's plan and implementers where the seed has them. The seed's amounts go out as written
     * in the data file (a map, not a tree, which would write 24000 as 2.4E+4).
     */
    Map<String, Object> revision(ProjectSeed seed, JsonNode project) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : KEPT_ON_REVISION) {
            JsonNode value = project.get(field);
            if (value != null && !value.isNull()) {
                body.put(field, value);
            }
        }
        JsonNode donor = project.path("donor");
        Map<String, String> donorInput = new LinkedHashMap<>();
        for (String field : text(donor, "organizationId") != null ? List.of("organizationId")
                : List.of("name", "type", "countryCode")) {
            if (text(donor, field) != null) {
                donorInput.put(field, text(donor, field));
            }
        }
        body.put("donor", donorInput);
        putList(body, "plannedDisbursements", seed.plannedDisbursements(), project);
        putList(body, "implementers", seed.implementers(), project);
        return body;
    }

    /** The seed's list when it has one, else the project's own (none when the project shows none). */
    private static void putList(Map<String, Object> body, String field, List<?> fromSeed, JsonNode project) {
        JsonNode own = project.get(field);
        if (fromSeed != null) {
            body.put(field, fromSeed);
        } else if (own != null && !own.isNull()) {
            body.put(field, own);
        }
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
                seed.endDate(), seed.status(), seed.currency(), seed.plannedDisbursements(), seed.implementers());
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
