package vn.ngoaid.partner.exchange;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.partner.locality.Locality;
import vn.ngoaid.partner.locality.LocalityService;
import vn.ngoaid.partner.shared.Organizations;
import vn.ngoaid.partner.shared.ProvinceRules;
import vn.ngoaid.common.text.Texts;
import vn.ngoaid.registryclient.RegisteredOrganization;
import vn.ngoaid.common.api.Listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class ExchangeService {

    public static final Map<String, String> SORTABLE = Map.of(
            "startDate", "e.startDate", "endDate", "e.endDate", "province", "e.province", "direction", "e.direction",
            "delegations", "e.delegations", "participants", "e.participants", "title", "e.title",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt");

    private final LocalityService localities;
    private final Organizations organizations;
    private final ProvinceRules provinces;
    private final Caller caller;
    private final AuditTrail audit;

    public ExchangeService(LocalityService localities, Organizations organizations, ProvinceRules provinces,
                           Caller caller, AuditTrail audit) {
        this.localities = localities;
        this.organizations = organizations;
        this.provinces = provinces;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public ExchangeView create(ExchangeInput input) {
        caller.requireWriteIn(List.of(input.province()), "the exchange");
        checkFields(input);
        Exchange exchange = new Exchange();
        Locality locality = applyCounterpart(exchange, input);
        apply(exchange, input);
        exchange.persistAndFlush();
        return audited("CREATE", ExchangeView.of(exchange, locality));
    }

    @Transactional
    public ExchangeView replace(UUID id, String ifMatch, ExchangeInput input) {
        Exchange exchange = find(id);
        // the stored province and the new one: a PUT may not move a record out of the officer's province
        caller.requireWriteIn(List.of(exchange.province, input.province()), "the exchange " + id);
        ETags.requireMatch(ifMatch, exchange.version);
        checkFields(input);
        Locality locality = applyCounterpart(exchange, input);
        apply(exchange, input);
        exchange.flush();
        return audited("UPDATE", ExchangeView.of(exchange, locality));
    }

    private ExchangeView audited(String operation, ExchangeView view) {
        audit.record("exchange", view.id(), operation, view);
        return view;
    }

    public ExchangeView get(UUID id) {
        Exchange exchange = find(id);
        return ExchangeView.of(exchange, exchange.localityId == null ? null : Locality.findById(exchange.localityId));
    }

    Exchange find(UUID id) {
        Exchange exchange = Exchange.findById(id);
        if (exchange == null) {
            throw ApiException.notFound("exchange", id);
        }
        return exchange;
    }

    /** The records matching {@code filter} in this order: a page of them or all. */
    public Listing<Exchange, ExchangeView> listing(ExchangeFilter filter, String orderBy) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.province() != null) {
            where.add("e.province = :province");
            params.and("province", filter.province());
        }
        if (filter.direction() != null) {
            where.add("e.direction = :direction");
            params.and("direction", filter.direction());
        }
        if (filter.countryCode() != null) {
            where.add("(e.countryCode = :country or exists (from Locality l where l.id = e.localityId and l.countryCode = :country))");
            params.and("country", filter.countryCode());
        }
        if (filter.localityId() != null) {
            where.add("e.localityId = :locality");
            params.and("locality", filter.localityId());
        }
        if (filter.organizationId() != null) {
            where.add("e.organizationId = :organization");
            params.and("organization", filter.organizationId());
        }
        if (filter.fromDate() != null) {
            where.add("e.startDate >= :fromDate");
            params.and("fromDate", filter.fromDate());
        }
        if (filter.toDate() != null) {
            where.add("e.startDate <= :toDate");
            params.and("toDate", filter.toDate());
        }
        if (filter.year() != null) {
            where.add("e.startDate >= :yearStart and e.startDate <= :yearEnd");
            params.and("yearStart", LocalDate.of(filter.year(), 1, 1)).and("yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("(e.searchText like :q escape '\\' or exists (from Locality l where l.id = e.localityId "
                    + "and l.searchText like :q escape '\\'))");
            params.and("q", SearchText.containsPattern(filter.q()));
        }
        String query = "from Exchange e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> Exchange.<Exchange>find(query + " order by " + orderBy + ", e.id", params),
                () -> Exchange.count("select count(e) " + query, params),
                found -> {
                    Map<UUID, Locality> byId = localities.byIds(found.stream().map(e -> e.localityId).toList());
                    return found.stream().map(e -> ExchangeView.of(e, byId.get(e.localityId))).toList();
                });
    }

    private void checkFields(ExchangeInput input) {
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw ApiException.invalid("endDate", "must not be before startDate");
        }
        int delegations = input.delegations() == null ? 1 : input.delegations();
        if (input.participants() != null && input.participants() < delegations) {
            throw ApiException.invalid("participants", "must be at least the number of delegations (" + delegations + ")");
        }
        if (delegations == 1 && input.localityId() == null && input.organizationId() == null && input.countryCode() == null) {
            throw ApiException.invalid("countryCode", "is required when neither localityId nor organizationId is given: "
                    + "a single delegation names where it came from or went to");
        }
        provinces.requireInForce(input.province(), input.startDate());
    }

    /** Checks the locality here and the organization in the registry (when new to this exchange), and sets the country. */
    private Locality applyCounterpart(Exchange e, ExchangeInput input) {
        Locality locality = input.localityId() == null ? null : localities.requireReferenced(input.localityId());
        if (input.organizationId() == null) {
            e.organizationId = null;
            e.organizationName = null;
            e.organizationCountry = null;
        } else if (!input.organizationId().equals(e.organizationId)) {
            RegisteredOrganization organization = organizations.require(input.organizationId());
            e.organizationId = input.organizationId();
            e.organizationName = organization.name();
            e.organizationCountry = organization.countryCode();
        }
        String derived = locality != null ? locality.countryCode : e.organizationCountry;
        String what = locality != null ? "locality " + locality.name : "organization " + e.organizationName;
        if (derived != null && input.countryCode() != null && !Objects.equals(derived, input.countryCode())) {
            throw ApiException.ruleBroken("The " + what + " is in " + derived + ", not in " + input.countryCode()
                    + "; leave countryCode out or give its own.");
        }
        e.localityId = input.localityId();
        e.countryCode = locality != null ? null : derived != null ? derived : input.countryCode();
        return locality;
    }

    private static void apply(Exchange e, ExchangeInput input) {
        e.province = input.province();
        e.direction = input.direction();
        e.title = input.title().trim();
        e.purpose = Texts.blankToNull(input.purpose());
        e.startDate = input.startDate();
        e.endDate = input.endDate();
        e.delegations = input.delegations() == null ? 1 : input.delegations();
        e.participants = input.participants();
    }
}
