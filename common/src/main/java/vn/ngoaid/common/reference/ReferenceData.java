package vn.ngoaid.common.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The code lists every record is checked against: GSO province codes (the 63 units until 30 June 2025 and the 34
 * since 1 July 2025, with the successor of each old unit), ISO 3166-1 countries, ISO 4217 currencies and OECD DAC
 * CRS purpose codes. Read once from the classpath and the JDK; read-only.
 */
@ApplicationScoped
public class ReferenceData {

    /** The day the 34 merged provincial units came into force (Resolution 202/2025/QH15). */
    public static final LocalDate PROVINCE_MERGER = LocalDate.of(2025, 7, 1);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final List<Province> provinces;
    private final Map<String, Province> provincesBefore;
    private final Map<String, Province> provincesSince;
    private final List<Country> countries;
    private final Map<String, Country> countriesByCode;
    private final List<CurrencyUnit> currencies;
    private final Map<String, CurrencyUnit> currenciesByCode;
    private final List<Sector> sectors;
    private final Map<String, Sector> sectorsByCode;

    public ReferenceData() {
        provinces = readCsv("reference/provinces.csv").stream()
                .map(r -> new Province(r[0], r[1], date(r[2]), date(r[3]), r[4].isEmpty() ? null : r[4], r[1]))
                .toList();
        provincesBefore = index(provinces.stream().filter(p -> p.validUntil() != null).toList(), Province::code);
        provincesSince = index(provinces.stream().filter(p -> p.validUntil() == null).toList(), Province::code);
        countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .map(code -> {
                    Locale country = new Locale.Builder().setRegion(code).build();
                    String english = country.getDisplayCountry(Locale.ENGLISH);
                    return new Country(code, english, country.getDisplayCountry(VIETNAMESE), english);
                })
                .sorted(Comparator.comparing(Country::code))
                .toList();
        countriesByCode = index(countries, Country::code);
        currencies = Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getDefaultFractionDigits() >= 0)
                .map(c -> new CurrencyUnit(c.getCurrencyCode(), c.getDisplayName(Locale.ENGLISH),
                        c.getDisplayName(VIETNAMESE), c.getDefaultFractionDigits(), c.getDisplayName(Locale.ENGLISH)))
                .sorted(Comparator.comparing(CurrencyUnit::code))
                .toList();
        currenciesByCode = index(currencies, CurrencyUnit::code);
        sectors = readCsv("reference/sectors.csv").stream()
                .map(r -> new Sector(r[0], r[1], r[2], r[3], r[2]))
                .toList();
        sectorsByCode = index(sectors, Sector::code);
    }

    public List<Province> provinces() {
        return provinces;
    }

    /** The provincial units in force on {@code date}. */
    public List<Province> provincesOn(LocalDate date) {
        return List.copyOf((date.isBefore(PROVINCE_MERGER) ? provincesBefore : provincesSince).values());
    }

    /** True for a code of either list (before or since the 2025 merger). */
    public boolean isProvinceCode(String code) {
        return provincesBefore.containsKey(code) || provincesSince.containsKey(code);
    }

    /** The unit a code names on {@code date}: codes are read against the list in force that day. */
    public Optional<Province> provinceOn(String code, LocalDate date) {
        return Optional.ofNullable((date.isBefore(PROVINCE_MERGER) ? provincesBefore : provincesSince).get(code));
    }

    /**
     * The code under which a record written with {@code code} (a code of the list in force when it was made)
     * counts on {@code date}: itself before the merger, its successor from 1 July 2025.
     */
    public String provinceCodeOn(String code, LocalDate date) {
        if (date.isBefore(PROVINCE_MERGER)) {
            return code;
        }
        Province old = provincesBefore.get(code);
        return old != null && old.successorCode() != null ? old.successorCode() : code;
    }

    /**
     * A SQL {@code VALUES} list of (code, successor) for every code of the list before 1 July 2025, to join in
     * statistics that roll recorded codes up to the units in force now. Codes are digits only, so the text is safe.
     */
    public String successorsAsSqlValues() {
        return provinces.stream()
                .filter(p -> p.successorCode() != null)
                .map(p -> "('" + p.code() + "', '" + p.successorCode() + "')")
                .collect(Collectors.joining(", ", "(VALUES ", ")"));
    }

    public List<Country> countries() {
        return countries;
    }

    public boolean isCountryCode(String code) {
        return countriesByCode.containsKey(code);
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countriesByCode.get(code));
    }

    public List<CurrencyUnit> currencies() {
        return currencies;
    }

    public Optional<CurrencyUnit> currency(String code) {
        return Optional.ofNullable(currenciesByCode.get(code));
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public Optional<Sector> sector(String code) {
        return Optional.ofNullable(sectorsByCode.get(code));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    /** Reads a small CSV file of the classpath, UTF-8 with a header line, into its data rows. */
    static List<String[]> readCsv(String resource) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + resource);
            }
            return rows(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows after the header line; quoted fields may hold commas and doubled quotes, empty lines are skipped. */
    static List<String[]> rows(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            return parser.stream().map(CSVRecord::values).toList();
        }
    }
}
