package vn.ngoaid.common.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.csv.CsvRows;
import vn.ngoaid.common.label.EnumLabels;
import vn.ngoaid.common.label.Labels;
import vn.ngoaid.common.label.Language;
import vn.ngoaid.common.text.SearchText;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The code lists, read-only and public. Each item carries its English and Vietnamese names and a {@code label} in
 * the language of {@code Accept-Language} ({@code vi} or {@code en}, default en), answered in {@code Content-Language}.
 */
@Path("/api/v1/reference")
@Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
@Tag(name = "Reference data", description = "Code lists every record is checked against: GSO provinces, ISO 3166-1 "
        + "countries, ISO 4217 currencies, OECD DAC CRS sectors, and the labels of the API's enum values. Unknown codes "
        + "are rejected with 400. `Accept-Language: vi` shows Vietnamese labels, `en` (default) English.")
@PermitAll
public class ReferenceResource {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");
    private static final String LANGUAGE = "Preferred language of `label`: `vi` or `en` (default)";

    static final CsvColumns<Province> PROVINCES = CsvColumns.of(Province.class)
            .value("code", Province::code).text("name", Province::name).value("validFrom", Province::validFrom)
            .value("validUntil", Province::validUntil).value("successorCode", Province::successorCode)
            .text("label", Province::label);
    static final CsvColumns<Country> COUNTRIES = CsvColumns.of(Country.class)
            .value("code", Country::code).text("name", Country::name).text("localName", Country::localName)
            .text("label", Country::label);
    static final CsvColumns<CurrencyUnit> CURRENCIES = CsvColumns.of(CurrencyUnit.class)
            .value("code", CurrencyUnit::code).text("name", CurrencyUnit::name).text("localName", CurrencyUnit::localName)
            .value("minorUnitDigits", CurrencyUnit::minorUnitDigits).text("label", CurrencyUnit::label);
    static final CsvColumns<Sector> SECTORS = CsvColumns.of(Sector.class)
            .value("code", Sector::code).value("category", Sector::category).text("name", Sector::name)
            .text("localName", Sector::localName).text("label", Sector::label);

    /** One line per enum value. */
    record EnumValueRow(String name, EnumLabels.Value value) {
    }

    static final CsvColumns<EnumValueRow> ENUM_VALUES = CsvColumns.of(EnumValueRow.class)
            .value("name", EnumValueRow::name).value("code", r -> r.value().code())
            .text("english", r -> r.value().english()).text("vietnamese", r -> r.value().vietnamese())
            .text("label", r -> r.value().label());

    private final ReferenceData reference;
    private final Labels labels;
    private final CsvExport csv;

    public ReferenceResource(ReferenceData reference, Labels labels, CsvExport csv) {
        this.reference = reference;
        this.labels = labels;
        this.csv = csv;
    }

    @GET
    @Path("/provinces")
    @Operation(summary = "List provincial units",
            description = "GSO codes of the 63 units in force until 2025-06-30 and of the 34 in force since 2025-07-01, "
                    + "each old unit with the code of its successor. With `on`, only the units in force that day.")
    @APIResponse(responseCode = "200", description = "A page of provinces")
    public RestResponse<Page<Province>> listProvinces(
            @Parameter(description = "Only units in force on this date", example = "2020-06-01") @QueryParam("on") LocalDate on,
            @Parameter(description = "Free-text search in code and name, accent-insensitive", example = "lang son") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "`code` or `name`, then `,asc` or `,desc`") @QueryParam("sort") String sort,
            @Parameter(description = LANGUAGE, example = "vi") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<Province> list = on == null ? reference.provinces() : reference.provincesOn(on);
        return answer("provinces.csv", PROVINCES, list, q, paging, sort, Province::code, Province::name, Province::label,
                p -> p, Language.of(acceptLanguage));
    }

    @GET
    @Path("/countries")
    @Operation(summary = "List countries",
            description = "ISO 3166-1 alpha-2 codes with English and Vietnamese names.")
    @APIResponse(responseCode = "200", description = "A page of countries")
    public RestResponse<Page<Country>> listCountries(
            @Parameter(description = "Free-text search in code and names", example = "duc") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "`code` or `name` (the label), then `,asc` or `,desc`") @QueryParam("sort") String sort,
            @Parameter(description = LANGUAGE, example = "vi") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        return answer("countries.csv", COUNTRIES, reference.countries(), q, paging, sort, Country::code,
                c -> c.name() + " " + c.localName(), Country::label, c -> c.in(language), language);
    }

    @GET
    @Path("/currencies")
    @Operation(summary = "List currencies",
            description = "ISO 4217 codes with the digits of their minor unit.")
    @APIResponse(responseCode = "200", description = "A page of currencies")
    public RestResponse<Page<CurrencyUnit>> listCurrencies(
            @Parameter(description = "Free-text search in code and names", example = "dong") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "`code` or `name` (the label), then `,asc` or `,desc`") @QueryParam("sort") String sort,
            @Parameter(description = LANGUAGE, example = "vi") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        return answer("currencies.csv", CURRENCIES, reference.currencies(), q, paging, sort, CurrencyUnit::code,
                c -> c.name() + " " + c.localName(), CurrencyUnit::label, c -> c.in(language), language);
    }

    @GET
    @Path("/sectors")
    @Operation(summary = "List DAC sectors",
            description = "OECD DAC CRS 5-digit purpose codes with English and Vietnamese names.")
    @APIResponse(responseCode = "200", description = "A page of sectors")
    public RestResponse<Page<Sector>> listSectors(
            @Parameter(description = "Free-text search in code and names", example = "y te") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "`code` or `name` (the label), then `,asc` or `,desc`") @QueryParam("sort") String sort,
            @Parameter(description = LANGUAGE, example = "vi") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        return answer("sectors.csv", SECTORS, reference.sectors(), q, paging, sort, Sector::code,
                s -> s.name() + " " + s.localName(), Sector::label, s -> s.in(language), language);
    }

    @GET
    @Path("/enums")
    @Operation(summary = "List the labels of enum values",
            description = "Every enum this service reads or writes (modality, statuses, kinds, types, levels …) with each "
                    + "value's English and Vietnamese label, e.g. NON_PROJECT: \"Non-project aid\", \"Phi dự án\"; `label` "
                    + "is the one of `Accept-Language`. Enums are named as in this OpenAPI document, sorted by name.")
    @APIResponse(responseCode = "200", description = "The enums with their labels")
    public RestResponse<List<EnumLabels>> listEnumLabels(
            @Parameter(description = LANGUAGE, example = "vi") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        List<EnumLabels> all = labels.all(language);
        if (csv.requested()) {
            return csv.stream("enums.csv", ENUM_VALUES, CsvRows.of(all.stream()
                    .flatMap(e -> e.values().stream().map(v -> new EnumValueRow(e.name(), v))).toList()));
        }
        return inLanguage(csv.json(all), language);
    }

    /** The matching items in the caller's language, sorted (by label for {@code name}): a page as JSON, all as CSV. */
    private <T> RestResponse<Page<T>> answer(String fileName, CsvColumns<T> columns, List<T> all, String q,
                                             Paging paging, String sort, Function<T, String> code,
                                             Function<T, String> names, Function<T, String> label,
                                             Function<T, T> inLanguage, Language language) {
        PageRequest request = PageRequest.of(paging, sort, SORTABLE, "code,asc");
        boolean asCsv = csv.requested();
        String term = SearchText.fold(q);
        Comparator<T> order = Comparator.comparing(request.orderBy().startsWith("name") ? label.andThen(SearchText::fold) : code);
        List<T> matching = all.stream()
                .filter(item -> term.isEmpty() || SearchText.of(code.apply(item), names.apply(item)).contains(term))
                .map(inLanguage)
                .sorted(request.orderBy().endsWith("desc") ? order.reversed() : order)
                .toList();
        if (asCsv) {
            return csv.stream(fileName, columns, CsvRows.of(matching));
        }
        List<T> items = matching.stream().skip(request.offset()).limit(request.size()).toList();
        return inLanguage(csv.json(Page.of(items, request, matching.size())), language);
    }

    private static <T> RestResponse<T> inLanguage(RestResponse<T> answer, Language language) {
        return RestResponse.ResponseBuilder.fromResponse(answer).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }
}
