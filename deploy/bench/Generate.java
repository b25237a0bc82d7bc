import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.ngoaid.common.text.SearchText;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fills the schemas of the three services in a benchmark database with a seeded, reproducible data set, by COPY.
 * The schemas must exist (start each service once against the database: Flyway creates them); everything in them
 * is replaced. Rows are written as the services write them: every NOT NULL column, version 0, folded search text
 * (with the services' own SearchText), created/updated by "bench-generator". Foreign-key triggers are off during
 * the load (session_replication_role = replica) and secondary indexes are dropped and rebuilt from their own
 * definitions afterwards, so the large set loads in minutes; the data is consistent by construction.
 *
 *   java -cp postgresql.jar:common.jar deploy/bench/Generate.java national|large JDBC_URL OUT_DIR
 *
 * OUT_DIR receives id lists for the load generator: project-ids.txt (a sample of projects) and
 * open-project-ids.txt (approved or ongoing projects with commitment left to disburse).
 */
public class Generate {

    static final long SEED = 20261128L;
    static final int FIRST_YEAR = 2006, LAST_YEAR = 2025;
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    static final String WRITER = "bench-generator";
    static final int ID_SAMPLE = 100_000;

    record Size(int organizations, int projects, double transactionsPerProject, int localities, int exchanges) {
    }

    static final Map<String, Size> SIZES = Map.of(
            "national", new Size(1_000, 20_000, 10.6, 500, 5_000),
            "large", new Size(10_000, 1_000_000, 10.6, 5_000, 50_000));

    // donor countries as DOMAIN.md describes them: mostly the USA and Western Europe, then Korea and Japan
    static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "NL", "BE", "CH", "SE", "NO", "DK", "IT", "ES", "AU", "CA",
            "KR", "JP", "CN", "SG", "TH"};
    static final int[] COUNTRY_WEIGHTS = {25, 8, 6, 6, 5, 3, 3, 3, 3, 2, 2, 2, 5, 4, 10, 10, 1, 1, 1};
    static final String[] ORG_TYPES = {"INGO", "FOUNDATION", "MULTILATERAL", "BILATERAL_AGENCY", "EMBASSY_FUND", "OTHER"};
    static final int[] ORG_TYPE_WEIGHTS = {70, 15, 3, 4, 3, 5};
    static final String[] OUTSIDE_TYPES = {"OVERSEAS_VIETNAMESE", "EMBASSY", "DOMESTIC", "OTHER"};
    static final String[] MODALITIES = {"PROGRAMME", "PROJECT", "NON_PROJECT", "EMERGENCY_RELIEF"};
    /** Project owners' types, most often a provincial department or a district; a tenth of projects name no owner. */
    static final String[] OWNER_TYPES = {"PROVINCIAL_DEPARTMENT", "DISTRICT", "MASS_ORGANIZATION", "COMMUNE",
            "UNIVERSITY_OR_HOSPITAL", "PROVINCIAL_PEOPLES_COMMITTEE", "NGO", "OTHER"};
    static final int[] OWNER_WEIGHTS = {40, 25, 12, 8, 5, 4, 3, 3};
    static final int[] MODALITY_WEIGHTS = {10, 65, 15, 10};
    // the DAC codes the domain names, most weight first, then others of the reference list
    static final String[] SECTORS = {"12220", "12250", "13040", "11220", "14030", "31120", "16010", "43072", "72010",
            "74020", "41010", "15170", "12110", "11120", "14020", "16050", "31163", "43040", "15160", "12240"};
    static final String[] WORDS = {"Hope", "Bridge", "Green", "River", "Mekong", "Children", "Health", "Water", "Future",
            "Harvest", "Light", "Friends", "Village", "Heart", "Together", "Rising", "Open", "Mountain", "Delta", "Care"};
    static final String[] KINDS = {"Foundation", "International", "Fund", "Alliance", "Relief", "Network", "Aid", "Trust"};
    static final String[] TOPICS = {"Clean water for", "School buildings in", "Maternal health in", "Livelihoods in",
            "Disaster preparedness in", "Scholarships in", "HIV care in", "Climate adaptation in", "Rural roads in",
            "Food security in"};
    static final String[] LOCAL_TOPICS = {"Nước sạch cho", "Xây trường học tại", "Sức khỏe bà mẹ tại", "Sinh kế tại",
            "Phòng chống thiên tai tại", "Học bổng tại", "Chăm sóc HIV tại", "Thích ứng khí hậu tại",
            "Đường nông thôn tại", "An ninh lương thực tại"};
    static final String[] DISTRICTS = {"Tràng Định", "Phong Thổ", "Mường Tè", "Sìn Hồ", "Bắc Sơn", "Yên Sơn", "Hàm Yên",
            "Tiên Yên", "Bình Liêu", "Đầm Hà"};

    final SplittableRandom random = new SplittableRandom(SEED);
    final Size size;
    final List<String> oldProvinces = new ArrayList<>(), newProvinces = new ArrayList<>();
    final Map<String, String> provinceNames = new TreeMap<>();
    final Map<String, Map<Integer, String>> rates = new TreeMap<>();
    long sequence;

    Generate(Size size) throws Exception {
        this.size = size;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ClassLoader.getSystemResourceAsStream("reference/provinces.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                provinceNames.putIfAbsent(f[0], f[1]);
                (f[2].isEmpty() ? oldProvinces : newProvinces).add(f[0]);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !SIZES.containsKey(args[0])) {
            System.err.println("usage: Generate national|large JDBC_URL OUT_DIR");
            System.exit(2);
        }
        long started = System.nanoTime();
        new Generate(SIZES.get(args[0])).run(args[1], Path.of(args[2]));
        System.out.printf("loaded %s in %.0f s%n", args[0], (System.nanoTime() - started) / 1e9);
    }

    void run(String url, Path out) throws Exception {
        Files.createDirectories(out);
        try (Connection admin = connect(url)) {
            List<String> indexes = dropSecondaryIndexes(admin);
            List<UUID[]> organizations = registry(url);
            aid(url, organizations, out);
            partner(url, organizations);
            step("rebuilding " + indexes.size() + " indexes", () -> {
                try (Statement st = admin.createStatement()) {
                    st.execute("SET maintenance_work_mem = '512MB'");
                    for (String index : indexes) {
                        st.execute(index);
                    }
                }
            });
            step("rollups and statistics", () -> {
                try (Statement st = admin.createStatement()) {
                    if (exists(admin, "aid_project.aggregate_cell")) {
                        st.execute("SET work_mem = '256MB'");
                        st.execute("INSERT INTO aid_project.aggregate_cell SELECT * FROM aid_project.aggregate_cell_source");
                        // the schema's functions name its tables unqualified, as the service's connections see them
                        st.execute("SET search_path TO aid_project");
                        st.execute("SELECT aid_project.rebuild_aggregate_views()");
                        st.execute("RESET search_path");
                        // the load ran without triggers: counts of the project list kept before it are stale
                        st.execute("UPDATE aid_project.project_generation SET changes = changes + 1 WHERE shard = 0");
                    }
                    st.execute("VACUUM ANALYZE");
                }
            });
        }
    }

    // ---------------------------------------------------------------- ngo_registry

    /** @return per organization: id; names and types are regenerated from the same index */
    List<UUID[]> registry(String url) throws Exception {
        List<UUID[]> organizations = new ArrayList<>();
        step("registry: " + size.organizations + " organizations", () -> {
            try (Copy org = new Copy(url, "ngo_registry.organization (id, name, local_name, acronym, country_code, type, "
                    + "headquarters, website, email, sectors, status, search_text, version, created_at, updated_at, created_by, updated_by)");
                 Copy reg = new Copy(url, "ngo_registry.registration (id, organization_id, kind, certificate_number, issued_by, "
                         + "issued_on, valid_from, valid_until, provinces, sectors, status, version, created_at, updated_at, created_by, updated_by)");
                 Copy change = new Copy(url, "ngo_registry.registration_status_change (id, registration_id, sequence, status, "
                         + "reason, effective_on, recorded_at, recorded_by)")) {
                for (int i = 0; i < size.organizations; i++) {
                    UUID id = uuid(1);
                    Org o = organization(i);
                    String acronym = o.name.replaceAll("[^A-Z]", "");
                    String sectors = "{" + SECTORS[random.nextInt(SECTORS.length)] + "," + SECTORS[random.nextInt(SECTORS.length)] + "}";
                    if (sectors.substring(1, 6).equals(sectors.substring(7, 12))) {
                        sectors = "{" + sectors.substring(1, 6) + "}";
                    }
                    LocalDate created = date(FIRST_YEAR - 2, LAST_YEAR);
                    org.row(id, o.name, null, acronym, o.country, o.type, null, null, null, sectors, "ACTIVE",
                            SearchText.of(o.name, null, acronym), 0, ts(created), ts(created), WRITER, WRITER);
                    organizations.add(new UUID[]{id});
                    // one registration at a time, renewed every three years from the first one
                    LocalDate from = created;
                    int registrations = 1 + random.nextInt(3);
                    for (int r = 0; r < registrations && from.getYear() <= LAST_YEAR; r++) {
                        UUID regId = uuid(2);
                        LocalDate until = from.plusYears(3).minusDays(1);
                        List<String> provinces = provinces(from, 1 + random.nextInt(4));
                        reg.row(regId, id, "OPERATION", "BENCH/" + i + "/" + r, "Ministry of Foreign Affairs", from, from,
                                until, "{" + String.join(",", provinces) + "}", sectors, "ACTIVE", 0, ts(from), ts(from),
                                WRITER, WRITER);
                        change.row(uuid(3), regId, 0, "ACTIVE", null, from, ts(from), WRITER);
                        from = until.plusDays(1);
                    }
                }
            }
        });
        return organizations;
    }

    record Org(String name, String country, String type) {
    }

    /** The same organization for the same index, so aid projects copy the registry's name, type and country. */
    Org organization(int i) {
        SplittableRandom r = new SplittableRandom(SEED * 31 + i);
        String name = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " "
                + KINDS[r.nextInt(KINDS.length)] + " " + (i + 1);
        return new Org(name, COUNTRIES[weighted(r, COUNTRY_WEIGHTS)], ORG_TYPES[weighted(r, ORG_TYPE_WEIGHTS)]);
    }

    // ---------------------------------------------------------------- aid_project

    void aid(String url, List<UUID[]> organizations, Path out) throws Exception {
        step("aid: exchange rates " + FIRST_YEAR + "–" + LAST_YEAR, () -> {
            try (Copy rate = new Copy(url, "aid_project.exchange_rate (year, currency, units_per_usd, updated_at, created_by, updated_by)")) {
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    int t = year - FIRST_YEAR;
                    rate("VND", year, 16_000 + 470 * t + random.nextInt(300), 0, rate);
                    rate("EUR", year, 0.78 + 0.1 * Math.sin(t / 3.0) + random.nextDouble() * 0.04, 4, rate);
                    rate("JPY", year, 110 + 25 * Math.sin(t / 4.0) + t + random.nextDouble() * 5, 2, rate);
                    rate("KRW", year, 950 + 18 * t + random.nextDouble() * 60, 2, rate);
                }
            }
        });
        List<UUID> sample = new ArrayList<>(), open = new ArrayList<>();
        long[] transactions = {0};
        int[] opened = {0};
        step("aid: " + size.projects + " projects and their transactions", () -> {
            try (Copy project = new Copy(url, "aid_project.project (id, code, title, local_title, donor_organization_id, "
                    + "donor_name, donor_type, donor_country_code, modality, approval_level, approval_number, approval_date, "
                    + "approval_authority, start_date, end_date, status, currency, partner_locality_id, search_text, version, "
                    + "created_at, updated_at, created_by, updated_by, owner_type, implementer_text)");
                 Copy plan = new Copy(url, "aid_project.project_planned_disbursement (project_id, position, year, amount)");
                 Copy implementer = new Copy(url, "aid_project.project_implementer (project_id, position, name, local_name, type, role)");
                 Copy location = new Copy(url, "aid_project.project_location (project_id, position, province, district, percentage)");
                 Copy sector = new Copy(url, "aid_project.project_sector (project_id, position, code, percentage)");
                 Copy transaction = new Copy(url, "aid_project.aid_transaction (id, project_id, type, date, amount, currency, "
                         + "description, corrects_transaction_id, created_at, created_by)")) {
                for (int i = 0; i < size.projects; i++) {
                    boolean hasRoom = project(i, organizations, project, location, sector, plan, implementer, transaction,
                            transactions);
                    UUID id = lastProject;
                    reservoir(sample, id, i);
                    if (hasRoom) {
                        reservoir(open, id, opened[0]++);
                    }
                }
            }
        });
        System.out.println("  " + transactions[0] + " transactions");
        write(out.resolve("project-ids.txt"), sample);
        write(out.resolve("open-project-ids.txt"), open);
    }

    void rate(String currency, int year, double units, int scale, Copy rate) throws SQLException {
        String value = String.format(Locale.ROOT, "%." + scale + "f", units);
        rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(year, value);
        rate.row(year, currency, value, ts(LocalDate.of(year, 1, 15)), WRITER, WRITER);
    }

    UUID lastProject;

    /** @return whether the project accepts new money and has commitment left to disburse */
    boolean project(int i, List<UUID[]> organizations, Copy project, Copy location, Copy sector, Copy plan,
                    Copy implementer, Copy transaction, long[] transactions) throws SQLException {
        UUID id = uuid(4);
        lastProject = id;
        String code = "BENCH-" + String.format("%07d", i + 1);
        // a few big donors: the index is skewed towards the first organizations
        UUID donorId = null;
        String donorName, donorType, country;
        if (random.nextInt(100) < 85) {
            int o = (int) (organizations.size() * Math.pow(random.nextDouble(), 2));
            Org org = organization(o);
            donorId = organizations.get(o)[0];
            donorName = org.name;
            donorType = org.type;
            country = org.country;
        } else {
            donorType = OUTSIDE_TYPES[random.nextInt(OUTSIDE_TYPES.length)];
            country = donorType.equals("DOMESTIC") ? "VN" : COUNTRIES[weighted(random, COUNTRY_WEIGHTS)];
            donorName = switch (donorType) {
                case "OVERSEAS_VIETNAMESE" -> "Overseas Vietnamese in " + country + " " + random.nextInt(200);
                case "EMBASSY" -> "Embassy of " + country;
                case "DOMESTIC" -> "Domestic sponsor " + random.nextInt(500);
                default -> "Private donor " + random.nextInt(1000);
            };
        }
        String currency = currency(country);
        LocalDate approval = date(FIRST_YEAR, LAST_YEAR);
        String status = status(approval.getYear());
        boolean proposed = status.equals("PROPOSED");
        LocalDate start = approval.plusDays(random.nextInt(90));
        LocalDate end = start.plusDays(365 + random.nextInt(4 * 365));

        List<String> provinces = provinces(approval, locationCount());
        String topic = TOPICS[i % TOPICS.length];
        String title = topic + " " + provinceNames.get(provinces.get(0)) + " (" + code + ")";
        String localTitle = random.nextInt(100) < 40 ? LOCAL_TOPICS[i % TOPICS.length] + " " + provinceNames.get(provinces.get(0)) : null;
        String created = ts(approval);
        // an owner (and, for some, an implementing organization) for nine projects in ten
        String ownerType = random.nextInt(10) == 0 ? null : OWNER_TYPES[weighted(random, OWNER_WEIGHTS)];
        String owner = ownerType == null ? null : "Owner " + ownerType.toLowerCase(Locale.ROOT) + " " + provinces.get(0);
        String partner = ownerType != null && random.nextBoolean() ? "Implementing NGO " + random.nextInt(500) : null;
        String implementerText = String.join(" | ", Stream.of(owner, partner)
                .filter(Objects::nonNull).map(SearchText::of).toList());
        project.row(id, code, title, localTitle, donorId, donorName, donorType, country,
                MODALITIES[weighted(random, MODALITY_WEIGHTS)], random.nextInt(100) < 70 ? "PROVINCIAL" : "CENTRAL",
                proposed ? null : "QD-" + (i + 1) + "/UBND", proposed ? null : approval,
                proposed ? null : "Provincial People's Committee", start, end, status, currency, null,
                SearchText.of(code, title, localTitle, donorName), 0, created, created, WRITER, WRITER, ownerType,
                implementerText);
        if (owner != null) {
            implementer.row(id, 0, owner, null, ownerType, "PROJECT_OWNER");
        }
        if (partner != null) {
            implementer.row(id, 1, partner, null, "NGO", "IMPLEMENTING");
        }
        String[] locationShares = shares(provinces.size());
        for (int l = 0; l < provinces.size(); l++) {
            location.row(id, l, provinces.get(l), random.nextInt(100) < 30 ? DISTRICTS[random.nextInt(DISTRICTS.length)] : null,
                    locationShares[l]);
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        int sectors = 1 + (random.nextInt(100) < 25 ? 1 + random.nextInt(2) : 0);
        while (codes.size() < sectors) {
            codes.add(SECTORS[(int) (SECTORS.length * Math.pow(random.nextDouble(), 1.5))]);
        }
        String[] sectorShares = shares(codes.size());
        int s = 0;
        for (String sectorCode : codes) {
            sector.row(id, s, sectorCode, sectorShares[s]);
            s++;
        }
        if (proposed) {
            return false;
        }
        // half the projects plan their disbursements, a yearly amount of the order of their budget
        if (random.nextBoolean()) {
            int last = Math.min(end.getYear(), LAST_YEAR);
            for (int year = start.getYear(); year <= last; year++) {
                double usd = Math.exp(Math.log(60_000) + 0.8 * gaussian());
                int scale = currency.equals("VND") || currency.equals("JPY") || currency.equals("KRW") ? 0 : 2;
                plan.row(id, year - start.getYear(), year, money(round(usd * units(currency, year), scale), scale));
            }
        }
        return money(id, currency, status, approval, end, project, transaction, transactions);
    }

    /**
     * Commitments first (within two months of approval), then disbursements that never pass them; some commitments in
     * US dollars on a project kept in another currency; a few disbursements corrected by a negative row.
     */
    boolean money(UUID id, String currency, String status, LocalDate approval, LocalDate end, Copy project, Copy transaction,
                  long[] transactions) throws SQLException {
        int n = Math.max(1, (int) Math.round(size.transactionsPerProject * (0.2 + 1.6 * random.nextDouble())));
        int commitments = Math.max(1, n / 4);
        LocalDate last = end.isAfter(LocalDate.of(LAST_YEAR, 12, 31)) ? LocalDate.of(LAST_YEAR, 12, 31) : end;
        double budgetUsd = Math.exp(Math.log(150_000) + 1.1 * gaussian());
        int scale = currency.equals("VND") || currency.equals("JPY") || currency.equals("KRW") ? 0 : 2;
        double committed = 0;
        LocalDate latest = approval;
        for (int c = 0; c < commitments; c++) {
            LocalDate day = before(approval.plusDays(random.nextInt(60)), last);
            latest = day.isAfter(latest) ? day : latest;
            double amount = round(budgetUsd / commitments * units(currency, day.getYear()), scale);
            if (!currency.equals("USD") && random.nextInt(100) < 8) {
                // in dollars: counted at that year's rate, never relied on for the disbursements below
                transaction.row(uuid(5), id, "COMMITMENT", day, money(round(budgetUsd / commitments / 4, 2), 2), "USD",
                        null, null, ts(day), WRITER);
                transactions[0]++;
            }
            committed += amount;
            transaction.row(uuid(5), id, "COMMITMENT", day, money(amount, scale), currency, null, null, ts(day), WRITER);
            transactions[0]++;
        }
        boolean open = status.equals("APPROVED") || status.equals("ONGOING");
        if (status.equals("CANCELLED") || status.equals("APPROVED")) {
            return open;
        }
        double share = status.equals("COMPLETED") ? 0.6 + random.nextDouble() * 0.39 : 0.1 + random.nextDouble() * 0.6;
        int disbursements = n - commitments;
        double left = Math.floor(committed * share * Math.pow(10, scale)) / Math.pow(10, scale);
        LocalDate from = latest.plusDays(1);
        long span = Math.max(1, last.toEpochDay() - from.toEpochDay());
        for (int d = 0; d < disbursements && left > 0; d++) {
            LocalDate on = before(LocalDate.ofEpochDay(from.toEpochDay() + span * (d + 1) / (disbursements + 1)), last);
            if (on.isBefore(latest)) {
                on = latest;
            }
            double amount = d == disbursements - 1 ? left : round(left / (disbursements - d) * (0.5 + random.nextDouble()), scale);
            amount = Math.min(amount, left);
            if (amount <= 0) {
                break;
            }
            left = round(left - amount, scale);
            UUID txId = uuid(5);
            transaction.row(txId, id, "DISBURSEMENT", on, money(amount, scale), currency, null, null, ts(on), WRITER);
            transactions[0]++;
            if (random.nextInt(100) < 3) {
                double correction = round(amount * (0.1 + random.nextDouble() * 0.5), scale);
                if (correction > 0) {
                    transaction.row(uuid(5), id, "DISBURSEMENT", on, money(-correction, scale), currency,
                            "correction of a mistyped amount", txId, ts(on), WRITER);
                    transactions[0]++;
                }
            }
        }
        return open;
    }

    String status(int year) {
        int r = random.nextInt(100);
        if (year <= 2020) {
            return r < 80 ? "COMPLETED" : r < 85 ? "CANCELLED" : r < 88 ? "SUSPENDED" : "ONGOING";
        }
        return r < 60 ? "ONGOING" : r < 85 ? "APPROVED" : r < 95 ? "COMPLETED" : r < 98 ? "SUSPENDED" : "PROPOSED";
    }

    String currency(String country) {
        int r = random.nextInt(100);
        return switch (country) {
            case "US" -> r < 85 ? "USD" : "VND";
            case "JP" -> r < 50 ? "JPY" : r < 80 ? "USD" : "VND";
            case "KR" -> r < 40 ? "KRW" : r < 80 ? "USD" : "VND";
            case "DE", "FR", "NL", "BE", "IT", "ES" -> r < 60 ? "EUR" : r < 90 ? "USD" : "VND";
            case "VN" -> "VND";
            default -> r < 70 ? "USD" : "VND";
        };
    }

    int locationCount() {
        int r = random.nextInt(100);
        return r < 75 ? 1 : r < 93 ? 2 : 3 + random.nextInt(2);
    }

    /** Percentages adding up to 100 for half of the multi-row projects; NULL (an equal split) for the others. */
    String[] shares(int n) {
        String[] shares = new String[n];
        if (n == 1 || random.nextBoolean()) {
            return shares;
        }
        int left = 100;
        for (int k = 0; k < n - 1; k++) {
            int share = 10 + random.nextInt(Math.max(1, left - 10 * (n - k)));
            shares[k] = Integer.toString(share);
            left -= share;
        }
        shares[n - 1] = Integer.toString(left);
        return shares;
    }

    /** Distinct province codes in force on the date: the 63 units before 1 July 2025, the 34 since. */
    List<String> provinces(LocalDate on, int count) {
        List<String> codes = on.isBefore(MERGER) ? oldProvinces : newProvinces;
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, codes.size())) {
            picked.add(codes.get(random.nextInt(codes.size())));
        }
        return new ArrayList<>(picked);
    }

    double units(String currency, int year) {
        return currency.equals("USD") ? 1 : Double.parseDouble(rates.get(currency).get(year));
    }

    // ---------------------------------------------------------------- partner

    void partner(String url, List<UUID[]> organizations) throws Exception {
        String[] countries = {"CN", "LA", "KH", "KR", "JP", "TH", "FR", "US"};
        step("partner: " + size.localities + " localities, partnerships, " + size.exchanges + " exchanges", () -> {
            List<UUID> localities = new ArrayList<>();
            try (Copy locality = new Copy(url, "partner.locality (id, name, local_name, vietnamese_name, country_code, level, "
                    + "parent_id, search_text, version, created_at, updated_at, created_by, updated_by)");
                 Copy partnership = new Copy(url, "partner.partnership (id, province, locality_id, kind, since, until, status, "
                         + "note, search_text, version, created_at, updated_at, created_by, updated_by)")) {
                String[] kinds = {"FRIENDSHIP", "COOPERATION", "SISTER", "BORDER_COOPERATION"};
                for (int i = 0; i < size.localities; i++) {
                    UUID id = uuid(6);
                    localities.add(id);
                    String name = WORDS[i % WORDS.length] + " City " + (i + 1);
                    LocalDate since = date(FIRST_YEAR, LAST_YEAR);
                    locality.row(id, name, null, null, countries[i % countries.length], "CITY", null,
                            SearchText.of(name), 0, ts(since), ts(since), WRITER, WRITER);
                    // two partnerships per locality with different provinces (province, locality, kind is unique)
                    for (String province : provinces(since, 2)) {
                        partnership.row(uuid(7), province, id, kinds[random.nextInt(kinds.length)], since, null, "ACTIVE",
                                null, "", 0, ts(since), ts(since), WRITER, WRITER);
                    }
                }
            }
            try (Copy exchange = new Copy(url, "partner.exchange (id, province, direction, locality_id, organization_id, "
                    + "organization_name, organization_country, country_code, title, purpose, start_date, end_date, "
                    + "delegations, participants, search_text, version, created_at, updated_at, created_by, updated_by)")) {
                for (int i = 0; i < size.exchanges; i++) {
                    LocalDate on = date(FIRST_YEAR, LAST_YEAR);
                    String title = "Delegation " + (i + 1);
                    int delegations = 1 + random.nextInt(5);
                    exchange.row(uuid(8), provinces(on, 1).get(0), random.nextBoolean() ? "INBOUND" : "OUTBOUND",
                            localities.get(random.nextInt(localities.size())), null, null, null, null, title, null, on,
                            on.plusDays(random.nextInt(10)), delegations, delegations * (1 + random.nextInt(8)),
                            SearchText.of(title), 0, ts(on), ts(on), WRITER, WRITER);
                }
            }
        });
    }

    // ---------------------------------------------------------------- plumbing

    /** Version-4-shaped ids whose high bits count up, so B-tree inserts append instead of splitting pages at random. */
    UUID uuid(int kind) {
        long msb = ((long) kind << 56) | ((++sequence & 0xFF_FFFF_FFFFL) << 16) | 0x4000L | random.nextInt(0x1000);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    LocalDate date(int fromYear, int toYear) {
        long from = LocalDate.of(fromYear, 1, 1).toEpochDay(), to = LocalDate.of(toYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + random.nextLong(to - from + 1));
    }

    static LocalDate before(LocalDate day, LocalDate last) {
        return day.isAfter(last) ? last : day;
    }

    static String ts(LocalDate day) {
        return day + " 09:00:00+07";
    }

    double gaussian() {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static double round(double value, int scale) {
        double f = Math.pow(10, scale);
        return Math.round(value * f) / f;
    }

    static String money(double value, int scale) {
        return new java.math.BigDecimal(value).setScale(scale, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    static int weighted(SplittableRandom r, int[] weights) {
        int total = Arrays.stream(weights).sum(), pick = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Keeps a uniform sample of at most ID_SAMPLE ids; {@code seen} is how many came before this one. */
    void reservoir(List<UUID> sample, UUID id, int seen) {
        if (sample.size() < ID_SAMPLE) {
            sample.add(id);
        } else {
            int at = random.nextInt(seen + 1);
            if (at < ID_SAMPLE) {
                sample.set(at, id);
            }
        }
    }

    static void write(Path file, List<UUID> ids) throws Exception {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            ids.forEach(w::println);
        }
    }

    static Connection connect(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("BENCH_DB_USER", "postgres"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
        try (Statement st = c.createStatement()) {
            st.execute("SET session_replication_role = replica");
        }
        return c;
    }

    static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Empties the three schemas (but the generations, which must only grow: the load counts as writes) and
     * drops their indexes that back no constraint. @return their definitions
     */
    static List<String> dropSecondaryIndexes(Connection c) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN "
                    + "('ngo_registry', 'aid_project', 'partner') AND tablename NOT LIKE 'flyway%' AND tablename NOT LIKE '%\\_generation'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no schemas: start each service once against this database first");
            }
            st.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("""
                    SELECT schemaname || '.' || indexname, indexdef FROM pg_indexes i
                    WHERE schemaname IN ('ngo_registry', 'aid_project', 'partner') AND tablename NOT LIKE 'flyway%'
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = (i.schemaname || '.' || i.indexname)::regclass)""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            for (String name : names) {
                st.execute("DROP INDEX " + name);
            }
        }
        return definitions;
    }

    interface Step {
        void run() throws Exception;
    }

    static void step(String what, Step step) throws Exception {
        long started = System.nanoTime();
        System.out.println(what + " …");
        step.run();
        System.out.printf("  %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** One COPY … FROM STDIN in text format on its own connection, fed in 1 MiB chunks. */
    static final class Copy implements AutoCloseable {
        final Connection connection;
        final CopyIn copy;
        final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(String url, String target) throws SQLException {
            connection = connect(url);
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else {
                    String s = v.toString();
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> buffer.append("\\\\");
                            case '\t' -> buffer.append("\\t");
                            case '\n' -> buffer.append("\\n");
                            case '\r' -> buffer.append("\\r");
                            default -> buffer.append(ch);
                        }
                    }
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
            connection.close();
        }
    }
}
