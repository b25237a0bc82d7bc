package vn.ngoaid.aid.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Decimals;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.time.Timestamps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Annual exchange rates. Conversions between two currencies go through the US dollar with the rates of one year:
 * {@code amount / unitsPerUsd(from) * unitsPerUsd(to)}, USD being 1 by definition. Queries convert in SQL, with the
 * schema's {@code convert_with_rates} (the formula) or {@code convert_amount} (the formula with the stored rates).
 */
@ApplicationScoped
public class ExchangeRates {

    public static final String USD = "USD";
    public static final Map<String, String> SORTABLE = Map.of("year", "r.key.year", "currency", "r.key.currency");

    /** A currency in a year, as rates are keyed. */
    public record YearCurrency(String currency, int year) implements Comparable<YearCurrency> {
        @Override
        public int compareTo(YearCurrency o) {
            int byCurrency = currency.compareTo(o.currency);
            return byCurrency != 0 ? byCurrency : Integer.compare(year, o.year);
        }
    }

    private final AuditTrail audit;

    public ExchangeRates(AuditTrail audit) {
        this.audit = audit;
    }

    /** @return true when the rate was created, false when it replaced one */
    @Transactional
    public boolean put(int year, String currency, ExchangeRateInput input) {
        if (USD.equals(currency)) {
            throw ApiException.invalid("currency", "USD is 1 unit per US dollar by definition and takes no rate");
        }
        ExchangeRate rate = ExchangeRate.findById(new ExchangeRate.Key(year, currency));
        boolean created = rate == null;
        if (created) {
            rate = new ExchangeRate();
            rate.key = new ExchangeRate.Key(year, currency);
            rate.createdBy = Caller.currentSubject();
        }
        rate.updatedBy = Caller.currentSubject();
        rate.unitsPerUsd = input.unitsPerUsd();
        rate.updatedAt = Timestamps.now();
        rate.persist();
        audit.record("exchange-rate", year + "/" + currency, created ? "CREATE" : "UPDATE", ExchangeRateView.of(rate));
        return created;
    }

    public ExchangeRateView get(int year, String currency) {
        ExchangeRate rate = ExchangeRate.findById(new ExchangeRate.Key(year, currency));
        if (rate == null) {
            throw ApiException.notFound("exchange rate", year + "/" + currency);
        }
        return ExchangeRateView.of(rate);
    }

    public Listing<ExchangeRate, ExchangeRateView> listing(Integer year, String currency, String orderBy) {
        Where where = new Where().equal("r.key.year", "year", year).equal("r.key.currency", "currency", currency);
        String query = "from ExchangeRate r" + where.clause();
        return Listing.of(() -> ExchangeRate.<ExchangeRate>find(query + " order by " + orderBy + ", r.key.year, r.key.currency",
                        where.parameters()),
                () -> ExchangeRate.count("select count(r) " + query, where.parameters()),
                found -> found.stream().map(ExchangeRateView::of).toList());
    }

    /**
     * The rates needed to convert amounts of these currencies and years into {@code target}, in a stable order.
     * A missing one is a 422 naming every currency and year that lacks a rate.
     */
    public List<RateUsed> require(Collection<YearCurrency> sources, String target) {
        Set<YearCurrency> needed = new TreeSet<>();
        sources.forEach(source -> needed.addAll(needed(source, target)));
        Map<YearCurrency, ExchangeRate> stored = stored(needed);
        List<RateUsed> found = new ArrayList<>();
        List<YearCurrency> missing = new ArrayList<>();
        for (YearCurrency pair : needed) {
            ExchangeRate rate = stored.get(pair);
            if (rate == null) {
                missing.add(pair);
            } else {
                found.add(new RateUsed(pair.year(), pair.currency(), Decimals.plain(rate.unitsPerUsd)));
            }
        }
        if (!missing.isEmpty()) {
            throw noRate(missing);
        }
        return found;
    }

    /** The rates a conversion of {@code source} into {@code target} reads: none, one or two. */
    public static Set<YearCurrency> needed(YearCurrency source, String target) {
        Set<YearCurrency> needed = new TreeSet<>();
        if (!source.currency().equals(target)) {
            if (!USD.equals(source.currency())) {
                needed.add(source);
            }
            if (!USD.equals(target)) {
                needed.add(new YearCurrency(target, source.year()));
            }
        }
        return needed;
    }

    /** Which of these rates are stored, read in one query: an aggregate or an import needs dozens. */
    public Set<YearCurrency> present(Collection<YearCurrency> rates) {
        return stored(rates).keySet();
    }

    /** The 422 for a conversion that lacks these rates. */
    public static ApiException noRate(Collection<YearCurrency> missing) {
        return ApiException.ruleBroken("No exchange rate for " + String.join(", ",
                missing.stream().map(pair -> pair.currency() + " in " + pair.year()).toList())
                + "; record it with PUT /api/v1/exchange-rates/{year}/{currency} first.");
    }

    private static Map<YearCurrency, ExchangeRate> stored(Collection<YearCurrency> needed) {
        Map<YearCurrency, ExchangeRate> stored = new HashMap<>();
        if (!needed.isEmpty()) {
            ExchangeRate.<ExchangeRate>list("key.currency in ?1 and key.year in ?2",
                            needed.stream().map(YearCurrency::currency).distinct().toList(),
                            needed.stream().map(YearCurrency::year).distinct().toList())
                    .forEach(r -> stored.put(new YearCurrency(r.key.currency(), r.key.year()), r));
        }
        return stored;
    }
}
