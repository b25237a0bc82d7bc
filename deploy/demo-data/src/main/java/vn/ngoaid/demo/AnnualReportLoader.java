package vn.ngoaid.demo;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ngoaid.demo.RegistryLoader.OrganizationSeed;
import vn.ngoaid.demo.RegistryLoader.RegistrationSeed;
import vn.ngoaid.demo.RegistryLoader.StatusChangeSeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Makes the registry's annual reports of the demo from the organizations' registrations and what aid-project-service
 * recorded, so that the registry's statistics show most expected reports in, some late or missing, and comparing the
 * reports with the records shows every case; it reads the aggregates per organization, province and year in USD, so it
 * runs after {@link AidLoader}. The registry expects a report on a province and year from an organization whose
 * OPERATION registration covering the province was active in the year, and most organizations of the demo have no aid
 * recorded, so each organization reports on every year it recorded aid in and on every year from
 * {@link #REGISTERED_FROM} in which one of its OPERATION registrations was ACTIVE at some time (by its validity and the
 * status changes of the seeds, as the registry counts), one line per province it recorded aid in or was registered in:
 * <ul>
 *   <li>about 1 in 8 organization-years are left unreported (missing); about 1 in 5 of the others are late (April to
 *       June of the next year), the rest on time (15 February to 31 March);</li>
 *   <li>a line carries the recorded committed, disbursed and projects, except about 1 in 8 that report one amount
 *       10–30 % higher or lower; about 1 in 5 lines are in VND or EUR, at the aid service's rate of the year;</li>
 *   <li>a registered province without records that year gets a line of nothing (0 USD, no project), which matches;</li>
 *   <li>about 1 in 25 reports add a line for a province of the demo where the organization recorded nothing that
 *       year;</li>
 *   <li>2020, the year the demo shows, holds every case ({@link #PINNED_UNREPORTED});</li>
 *   <li>an organization that stopped reporting, and whose registration the seeds suspend for it, reports no year from
 *       then on ({@link #STOPPED_REPORTING}).</li>
 * </ul>
 * Every choice is drawn from a hash of the organization's registry key ("DE/Terre des Hommes Deutschland"), the year
 * and, for a line, the province: a rerun posts the same bodies, and every new database gets the same demo (the ids are
 * new in each). The current year is left out, and a report whose day is after today is left for a later run. What is
 * already there is found in the registry's list and left alone; every {@code POST} carries an {@code Idempotency-Key}
 * derived from organization id, year and body, and a {@code 409} (reported meanwhile) counts as already there. Anything
 * else that is not a 2xx stops the load with a {@link LoadFailure}.
 */
final class AnnualReportLoader {

    /** The provinces whose figures the demo reproduces: where an extra line names one the organization did not work in. */
    static final List<String> DEMO_PROVINCES = List.of("20", "08", "12", "22");

    /** The day a report of year Y is due: this day of Y + 1, as ngo-registry-service is configured by default. */
    static final MonthDay DUE = MonthDay.of(3, 31);

    /** The services' dates are Vietnam's: a report is not posted before its day has come there. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Currencies a line may be reported in besides USD, when the aid service has their rate of the year. */
    private static final List<String> OTHER_CURRENCIES = List.of("VND", "EUR");

    /**
     * The first year an organization reports for its registrations alone, without aid recorded in it, to keep the load
     * short: every registered year since the demo's first aid (2006) would take some 1,700 reports, from here some
     * 1,400; the registry shows most of the expected reports of the years before as missing.
     */
    static final int REGISTERED_FROM = 2012;

    /** What a line says of a registered province where nothing was recorded. */
    private static final Money NOTHING = new Money(BigDecimal.ZERO.setScale(2), "USD");

    /** About 1 in 8 organization-years are left unreported, and 1 in 5 of the reports come late. */
    private static final double UNREPORTED = 1.0 / 8, LATE = UNREPORTED + (1 - UNREPORTED) / 5;

    /**
     * Organization-years left unreported whatever the hash says. In 2020, the year the demo shows, the hashes leave
     * unreported only organizations that recorded no aid that year, none registered in Lạng Sơn (20); Terre des Hommes,
     * registered there and with aid recorded in Lai Châu (12), adds a missing report in Lạng Sơn and unreported aid.
     */
    static final Map<Integer, Set<String>> PINNED_UNREPORTED = Map.of(2020, Set.of("DE/Terre des Hommes Deutschland"));

    /**
     * Organizations that report no year from this one on: Good Neighbors, whose registration the seeds suspend in 2026
     * for its missing report of 2025, so that its ongoing project in Lạng Sơn (20) shows that report missing in the
     * alerts as long as the project runs.
     */
    static final Map<String, Integer> STOPPED_REPORTING = Map.of("KR/Good Neighbors International", 2025);

    /** What aid-project-service recorded of a registered donor in one province and year, in USD. */
    record Recorded(String province, int year, int projects, BigDecimal committed, BigDecimal disbursed) {
    }

    record Money(BigDecimal amount, String currency) {
    }

    /** A line of {@code AnnualReportInput}. */
    record ReportedProvince(String province, Money committed, Money disbursed, int projects) {
    }

    /** The body of {@code POST /api/v1/organizations/{id}/annual-reports}. */
    record ReportInput(int year, LocalDate submittedOn, List<ReportedProvince> provinces) {
    }

    /**
     * A report to post, with how many of its lines say nothing of a registered province without records, differ from
     * the provinces' records or name a province without any.
     */
    record Planned(UUID organization, ReportInput report, int nothing, int differing, int notRecorded) {

        boolean late() {
            return report.submittedOn().isAfter(DUE.atYear(report.year() + 1));
        }
    }

    /** What a load did, and what the reports it posted or found hold as it made them. */
    record Result(int created, int existing, int late, int lines, int nothing, int differing, int notRecorded, int missing) {

        String summary() {
            return "ngo-registry annual reports: " + created + " created, " + existing + " existing (" + late + " late; "
                    + lines + " lines, " + nothing + " of nothing for a registered province without records, " + differing
                    + " differing from the provinces' records, " + notRecorded + " for a province without any); "
                    + missing + " organization-years left unreported";
        }
    }

    private final ApiClient registry;
    private final ApiClient aid;
    /** The id of each organization the registry step loaded, by registry key. */
    private final Map<String, UUID> organizationIds;
    /** The registry key of each organization the registry step loaded, by id as text. */
    private final Map<String, String> organizationKeys = new HashMap<>();

    AnnualReportLoader(ApiClient registry, ApiClient aid, Map<String, UUID> organizationIds) {
        this.registry = registry;
        this.aid = aid;
        this.organizationIds = organizationIds;
        organizationIds.forEach((key, id) -> organizationKeys.put(id.toString(), key));
    }

    /** Posts the reports of the organizations of {@code seeds} (those of {@code demo/registry.json}). */
    Result load(List<OrganizationSeed> seeds) {
        LocalDate today = LocalDate.now(VIETNAM);
        Map<String, Map<Integer, List<Recorded>>> recorded = recorded();
        Map<String, Map<Integer, Set<String>>> registered = registered(seeds);
        Map<String, SortedSet<Integer>> years = new TreeMap<>();
        recorded.forEach((organization, byYear) -> years.computeIfAbsent(organization, k -> new TreeSet<>())
                .addAll(byYear.keySet()));
        registered.forEach((organization, byYear) -> years.computeIfAbsent(organization, k -> new TreeSet<>())
                .addAll(new TreeSet<>(byYear.keySet()).tailSet(REGISTERED_FROM)));
        Map<Integer, Map<String, BigDecimal>> unitsPerUsd = new HashMap<>();
        for (String currency : OTHER_CURRENCIES) {
            all(aid, "/api/v1/exchange-rates?currency=" + currency + "&", "listing the " + currency + " rates",
                    rate -> unitsPerUsd.computeIfAbsent(rate.path("year").asInt(), year -> new HashMap<>())
                            .put(currency, rate.path("unitsPerUsd").decimalValue()));
        }
        Set<String> reported = new HashSet<>();
        all(registry, "/api/v1/annual-reports?", "listing the annual reports",
                report -> reported.add(report.path("organizationId").asText() + "/" + report.path("year").asInt()));

        int created = 0, existing = 0, late = 0, lines = 0, nothing = 0, differing = 0, notRecorded = 0, missing = 0;
        for (Map.Entry<String, SortedSet<Integer>> organization : years.entrySet()) {
            String key = organization.getKey();
            for (int year : organization.getValue().headSet(today.getYear())) {
                Planned planned = plan(organizationIds.get(key), key, year,
                        registered.getOrDefault(key, Map.of()).getOrDefault(year, Set.of()),
                        recorded.getOrDefault(key, Map.of()).getOrDefault(year, List.of()),
                        unitsPerUsd.getOrDefault(year, Map.of()));
                if (planned == null) {
                    missing++;
                    continue;
                }
                if (planned.report().submittedOn().isAfter(today)) {
                    continue;
                }
                late += planned.late() ? 1 : 0;
                lines += planned.report().provinces().size();
                nothing += planned.nothing();
                differing += planned.differing();
                notRecorded += planned.notRecorded();
                if (reported.contains(planned.organization() + "/" + year) || !post(key, planned)) {
                    existing++;
                } else {
                    created++;
                }
            }
        }
        return new Result(created, existing, late, lines, nothing, differing, notRecorded, missing);
    }

    /**
     * The report organization {@code id} (registry key {@code organization}) makes of the year from the provinces it was
     * registered in and what it recorded there (one row per province), or null when it leaves the year unreported.
     */
    static Planned plan(UUID id, String organization, int year, Set<String> registered, List<Recorded> rows,
                        Map<String, BigDecimal> unitsPerUsd) {
        double fate = draw(organization, year, "fate");
        if (fate < UNREPORTED || PINNED_UNREPORTED.getOrDefault(year, Set.of()).contains(organization)
                || year >= STOPPED_REPORTING.getOrDefault(organization, Integer.MAX_VALUE)) {
            return null;
        }
        boolean late = fate < LATE;
        LocalDate first = late ? LocalDate.of(year + 1, 4, 1) : LocalDate.of(year + 1, 2, 15);
        LocalDate last = late ? LocalDate.of(year + 1, 6, 30) : DUE.atYear(year + 1);
        LocalDate submittedOn = first.plusDays((long) (draw(organization, year, "day") * (ChronoUnit.DAYS.between(first, last) + 1)));

        Map<String, Recorded> byProvince = new TreeMap<>();
        rows.forEach(row -> byProvince.put(row.province(), row));
        SortedSet<String> provinces = new TreeSet<>(registered);
        provinces.addAll(byProvince.keySet());
        List<ReportedProvince> lines = new ArrayList<>();
        int nothing = 0, differing = 0;
        for (String province : provinces) {
            Recorded row = byProvince.get(province);
            if (row == null) {
                lines.add(new ReportedProvince(province, NOTHING, NOTHING, 0));
                nothing++;
                continue;
            }
            BigDecimal committed = row.committed().setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal disbursed = row.disbursed().setScale(2, RoundingMode.HALF_EVEN);
            if (draw(organization, row.province(), year, "differs") < 1.0 / 8 && (committed.signum() > 0 || disbursed.signum() > 0)) {
                int percent = 10 + (int) (draw(organization, row.province(), year, "percent") * 21);
                BigDecimal factor = BigDecimal.valueOf(100 + (draw(organization, row.province(), year, "up") < 0.5 ? -percent : percent), 2);
                boolean onDisbursed = committed.signum() == 0
                        || disbursed.signum() > 0 && draw(organization, row.province(), year, "figure") < 0.5;
                if (onDisbursed) {
                    disbursed = disbursed.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
                } else {
                    committed = committed.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
                }
                differing++;
            }
            lines.add(line(organization, year, row.province(), committed, disbursed, row.projects(), unitsPerUsd));
        }

        int notRecorded = 0;
        List<String> unrecorded = DEMO_PROVINCES.stream().filter(province -> !provinces.contains(province)).toList();
        if (!unrecorded.isEmpty() && draw(organization, year, "extra") < 1.0 / 25) {
            String province = unrecorded.get((int) (draw(organization, year, "province") * unrecorded.size()));
            BigDecimal committed = BigDecimal.valueOf((50 + (long) (draw(organization, year, "amount") * 451)) * 100, 0);
            BigDecimal disbursed = committed.multiply(BigDecimal.valueOf(50 + (long) (draw(organization, year, "share") * 51), 2))
                    .setScale(2, RoundingMode.HALF_EVEN);
            lines.add(line(organization, year, province, committed.setScale(2), disbursed, 1, unitsPerUsd));
            notRecorded++;
        }
        return new Planned(id, new ReportInput(year, submittedOn, lines), nothing, differing, notRecorded);
    }

    /** A line in USD, or in VND or EUR (about 1 in 10 lines each) when the year's rate is known. */
    private static ReportedProvince line(String organization, int year, String province, BigDecimal committed,
                                         BigDecimal disbursed, int projects, Map<String, BigDecimal> unitsPerUsd) {
        double draw = draw(organization, province, year, "currency");
        String currency = draw < 0.1 ? "VND" : draw < 0.2 ? "EUR" : "USD";
        BigDecimal rate = unitsPerUsd.get(currency);
        if (rate == null) {
            return new ReportedProvince(province, new Money(committed, "USD"), new Money(disbursed, "USD"), projects);
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new ReportedProvince(province,
                new Money(committed.multiply(rate).setScale(digits, RoundingMode.HALF_EVEN), currency),
                new Money(disbursed.multiply(rate).setScale(digits, RoundingMode.HALF_EVEN), currency), projects);
    }

    /** A number in [0, 1) drawn from the hash of the parts: the same parts, the same number. */
    static double draw(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part).append('\n');
        }
        return Long.parseLong(ApiClient.digest(text.toString()).substring(0, 13), 16) / (double) (1L << 52);
    }

    /**
     * The provinces the OPERATION registrations of the demo's organizations cover, by registry key and year, in key and
     * year order: a registration counts in every year in which it was ACTIVE at some time ({@link #activeYears}).
     */
    static Map<String, Map<Integer, Set<String>>> registered(List<OrganizationSeed> seeds) {
        Map<String, Map<Integer, Set<String>>> registered = new TreeMap<>();
        for (OrganizationSeed seed : seeds) {
            for (RegistrationSeed registration : seed.registrations() == null ? List.<RegistrationSeed>of() : seed.registrations()) {
                if (registration.kind().equals("OPERATION")) {
                    for (int year : activeYears(registration)) {
                        registered.computeIfAbsent(seed.key(), k -> new TreeMap<>())
                                .computeIfAbsent(year, y -> new TreeSet<>()).addAll(registration.provinces());
                    }
                }
            }
        }
        return registered;
    }

    /**
     * The years in which a registration was ACTIVE at some time, as the registry's statistics count them: its validity
     * cut into stretches by its status changes, each from the change's day to the day before the next.
     */
    static SortedSet<Integer> activeYears(RegistrationSeed registration) {
        SortedSet<Integer> years = new TreeSet<>();
        String status = "ACTIVE";
        LocalDate from = registration.validFrom();
        for (StatusChangeSeed change : registration.statusChanges()) {
            if (status.equals("ACTIVE")) {
                addYears(years, from, change.effectiveOn().minusDays(1));
            }
            status = change.status();
            from = change.effectiveOn();
        }
        if (status.equals("ACTIVE")) {
            addYears(years, from, registration.validUntil());
        }
        return years;
    }

    private static void addYears(SortedSet<Integer> years, LocalDate first, LocalDate last) {
        for (int year = first.getYear(); !first.isAfter(last) && year <= last.getYear(); year++) {
            years.add(year);
        }
    }

    /**
     * The aggregates of the demo's organizations, by registry key and year, in key and year order; donors outside the
     * registry (organization null) and organizations the demo did not load report nothing here.
     */
    private Map<String, Map<Integer, List<Recorded>>> recorded() {
        JsonNode rows = aid.get("/api/v1/aggregates?groupBy=organization,province,year&currency=USD")
                .requireOk("reading the aid recorded per organization, province and year").body().path("rows");
        Map<String, Map<Integer, List<Recorded>>> recorded = new TreeMap<>();
        for (JsonNode row : rows) {
            String key = organizationKeys.get(row.path("organization").asText());
            if (key != null) {
                Recorded r = new Recorded(row.path("province").asText(),
                        row.path("year").asInt(), row.path("projects").asInt(), row.path("committed").decimalValue(),
                        row.path("disbursed").decimalValue());
                recorded.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
            }
        }
        return recorded;
    }

    /** Posts the report; true when it was created now, false when it was already there. */
    private boolean post(String organization, Planned planned) {
        String key = "demo-annual-report-" + ApiClient.digest(planned.organization() + "\n" + planned.report().year())
                + "-" + ApiClient.digest(registry.write(planned.report()));
        ApiClient.Answer answer = registry.post("/api/v1/organizations/" + planned.organization() + "/annual-reports",
                planned.report(), key);
        if (answer.ok()) {
            return !answer.replayed();
        }
        if (answer.status() == 409) {
            return false;
        }
        throw answer.failure("posting the annual report of " + planned.report().year() + " of " + organization);
    }

    /** Hands every item of a paged list to {@code item}; {@code query} ends with "?" or "&". */
    private static void all(ApiClient client, String query, String what, Consumer<JsonNode> item) {
        for (int page = 0; ; page++) {
            JsonNode body = client.get(query + "size=200&page=" + page).requireOk(what).body();
            body.path("items").forEach(item);
            if (page + 1 >= body.path("totalPages").asInt(0) || body.path("items").isEmpty()) {
                return;
            }
        }
    }
}
