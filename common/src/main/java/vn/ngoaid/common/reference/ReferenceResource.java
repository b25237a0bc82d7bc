package vn.ngoaid.common.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.text.SearchText;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The code lists, read-only and public. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Code lists every record is checked against: GSO provinces, ISO 3166-1 "
        + "countries, ISO 4217 currencies, OECD DAC CRS sectors. Unknown codes are rejected with 400.")
@PermitAll
public class ReferenceResource {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

    private final ReferenceData reference;

    public ReferenceResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Path("/provinces")
    @Operation(summary = "List provincial units",
            description = "GSO codes of the 63 units in force until 2025-06-30 and of the 34 in force since 2025-07-01, "
                    + "each old unit with the code of its successor. With `on`, only the units in force that day.")
    @APIResponse(responseCode = "200", description = "A page of provinces")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Province> provinces(
            @Parameter(description = "Only units in force on this date", example = "2020-06-01") @QueryParam("on") LocalDate on,
            @Parameter(description = "Free-text search in code and name, accent-insensitive", example = "lang son") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") Integer size,
            @Parameter(description = "`code` or `name`, then `,asc` or `,desc`") @QueryParam("sort") String sort) {
        List<Province> list = on == null ? reference.provinces() : reference.provincesOn(on);
        return page(list, q, page, size, sort, Province::code, Province::name);
    }

    @GET
    @Path("/countries")
    @Operation(summary = "List countries", description = "ISO 3166-1 alpha-2 codes with English and Vietnamese names.")
    @APIResponse(responseCode = "200", description = "A page of countries")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Country> countries(
            @Parameter(description = "Free-text search in code and names", example = "duc") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") Integer size,
            @Parameter(description = "`code` or `name`, then `,asc` or `,desc`") @QueryParam("sort") String sort) {
        return page(reference.countries(), q, page, size, sort, Country::code, c -> c.name() + " " + c.localName());
    }

    @GET
    @Path("/currencies")
    @Operation(summary = "List currencies", description = "ISO 4217 codes with the digits of their minor unit.")
    @APIResponse(responseCode = "200", description = "A page of currencies")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<CurrencyUnit> currencies(
            @Parameter(description = "Free-text search in code and names", example = "dong") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") Integer size,
            @Parameter(description = "`code` or `name`, then `,asc` or `,desc`") @QueryParam("sort") String sort) {
        return page(reference.currencies(), q, page, size, sort, CurrencyUnit::code, c -> c.name() + " " + c.localName());
    }

    @GET
    @Path("/sectors")
    @Operation(summary = "List DAC sectors", description = "OECD DAC CRS 5-digit purpose codes with English and Vietnamese names.")
    @APIResponse(responseCode = "200", description = "A page of sectors")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Sector> sectors(
            @Parameter(description = "Free-text search in code and names", example = "y te") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") Integer size,
            @Parameter(description = "`code` or `name`, then `,asc` or `,desc`") @QueryParam("sort") String sort) {
        return page(reference.sectors(), q, page, size, sort, Sector::code, s -> s.name() + " " + s.localName());
    }

    private static <T> Page<T> page(List<T> all, String q, Integer page, Integer size, String sort,
                                    Function<T, String> code, Function<T, String> name) {
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "code,asc");
        String term = SearchText.fold(q);
        Comparator<T> order = Comparator.comparing(request.orderBy().startsWith("name") ? name : code);
        List<T> matching = all.stream()
                .filter(item -> term.isEmpty() || SearchText.of(code.apply(item), name.apply(item)).contains(term))
                .sorted(request.orderBy().endsWith("desc") ? order.reversed() : order)
                .toList();
        List<T> items = matching.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, matching.size());
    }
}
