package vn.ngoaid.aid.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.aid.aggregate.AggregateAnswer;
import vn.ngoaid.aid.aggregate.AggregateFilter;
import vn.ngoaid.aid.aggregate.AggregateQuery;
import vn.ngoaid.aid.aggregate.Dimension;
import vn.ngoaid.aid.rate.ExchangeRates;
import vn.ngoaid.aid.rate.RateUsed;
import vn.ngoaid.common.money.Money;
import vn.ngoaid.common.reference.CurrencyUnit;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.registryclient.NgoRegistry;
import vn.ngoaid.registryclient.ReportedYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Per organization, province and year: what the province recorded (the aggregates by organization, province and year,
 * so the same figures a coordinator reads there) beside what the organization reported to the registry (asked in one
 * question through the fault-tolerant client: 503 when it cannot answer), both in the asked currency at each year's
 * rate, and whether they agree.
 */
@ApplicationScoped
public class Reconciliation {

    public record Question(Integer year, String province, UUID organizationId, ReconciliationStatus status,
                           String currency, BigDecimal tolerance) {
    }

    private record Key(UUID organizationId, String province, int year) {
    }

    private final AggregateQuery aggregates;
    private final ExchangeRates rates;
    private final NgoRegistry registry;
    private final ReferenceData reference;

    Reconciliation(AggregateQuery aggregates, ExchangeRates rates, NgoRegistry registry, ReferenceData reference) {
        this.aggregates = aggregates;
        this.rates = rates;
        this.registry = registry;
        this.reference = reference;
    }

    public ReconciliationAnswer answer(Question question) {
        List<ReportedYear> reports = registry.annualReports(question.year(), question.province(), question.organizationId());
        String currency = question.currency();
        int digits = reference.currency(currency).map(CurrencyUnit::minorUnitDigits).orElse(2);

        AggregateAnswer recordedAnswer = aggregates.run(List.of(Dimension.ORGANIZATION, Dimension.PROVINCE, Dimension.YEAR),
                currency, new AggregateFilter(question.year(), question.year(), question.province(), null, null, null,
                        question.organizationId(), null, null, null, null, AggregateFilter.ProvinceVintage.RECORDED));
        Map<Key, ReconciliationAnswer.Figures> recorded = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (Map<String, Object> row : recordedAnswer.rows()) {
            if (row.get("organization") instanceof UUID organization) {
                recorded.put(new Key(organization, (String) row.get("province"), ((Number) row.get("year")).intValue()),
                        new ReconciliationAnswer.Figures((BigDecimal) row.get("committed"), (BigDecimal) row.get("disbursed"),
                                ((Number) row.get("projects")).longValue()));
                names.put(organization, (String) row.get("donorName"));
            }
        }

        Set<ExchangeRates.YearCurrency> sources = new HashSet<>();
        for (ReportedYear report : reports) {
            for (ReportedYear.Province line : report.provinces()) {
                sources.add(new ExchangeRates.YearCurrency(line.committed().currency(), report.year()));
                sources.add(new ExchangeRates.YearCurrency(line.disbursed().currency(), report.year()));
            }
        }
        List<RateUsed> reportRates = rates.require(sources, currency);
        Conversion conversion = new Conversion(reportRates, currency, digits);
        Map<Key, ReconciliationAnswer.Reported> reported = new HashMap<>();
        for (ReportedYear report : reports) {
            names.putIfAbsent(report.organizationId(), report.organizationName());
            for (ReportedYear.Province line : report.provinces()) {
                if (question.province() == null || question.province().equals(line.province())) {
                    reported.put(new Key(report.organizationId(), line.province(), report.year()), new ReconciliationAnswer.Reported(
                            report.id(), conversion.of(line.committed(), report.year()), conversion.of(line.disbursed(), report.year()),
                            line.projects()));
                }
            }
        }

        Set<Key> keys = new HashSet<>(recorded.keySet());
        keys.addAll(reported.keySet());
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(digits);
        List<ReconciliationAnswer.Row> rows = new ArrayList<>();
        for (Key key : keys) {
            ReconciliationAnswer.Figures mine = recorded.getOrDefault(key, ReconciliationAnswer.Figures.NONE);
            ReconciliationAnswer.Reported theirs = reported.get(key);
            ReconciliationStatus status = status(recorded.containsKey(key) ? mine : null, theirs, question.tolerance(), minorUnit);
            if (question.status() == null || question.status() == status) {
                rows.add(new ReconciliationAnswer.Row(key.organizationId(), names.get(key.organizationId()), key.province(),
                        key.year(), mine, theirs, theirs == null ? null : new ReconciliationAnswer.Variance(
                        theirs.committed().subtract(mine.committed()), theirs.disbursed().subtract(mine.disbursed())), status));
            }
        }
        rows.sort(Comparator.comparingInt(ReconciliationAnswer.Row::year).thenComparing(ReconciliationAnswer.Row::province)
                .thenComparing(row -> row.donorName() == null ? "" : row.donorName())
                .thenComparing(ReconciliationAnswer.Row::organizationId));

        Set<RateUsed> used = new TreeSet<>(Comparator.comparingInt(RateUsed::year).thenComparing(RateUsed::currency));
        used.addAll(recordedAnswer.ratesUsed());
        used.addAll(reportRates);
        return new ReconciliationAnswer(currency, question.tolerance(), rows, totals(rows), List.copyOf(used));
    }

    /**
     * MATCHED when committed and disbursed each differ by at most the tolerance (a fraction of the larger of the two
     * figures) or by one minor unit of rounding, and when a report line of no money meets no records; the number of
     * projects is shown, not compared.
     */
    static ReconciliationStatus status(ReconciliationAnswer.Figures recorded, ReconciliationAnswer.Reported reported,
                                       BigDecimal tolerance, BigDecimal minorUnit) {
        if (reported == null) {
            return ReconciliationStatus.NOT_REPORTED;
        }
        if (recorded == null) {
            // a line of no money says what the records say: nothing
            return reported.committed().signum() == 0 && reported.disbursed().signum() == 0
                    ? ReconciliationStatus.MATCHED : ReconciliationStatus.NOT_RECORDED;
        }
        return agree(recorded.committed(), reported.committed(), tolerance, minorUnit)
                && agree(recorded.disbursed(), reported.disbursed(), tolerance, minorUnit)
                ? ReconciliationStatus.MATCHED : ReconciliationStatus.DIFFERS;
    }

    private static boolean agree(BigDecimal recorded, BigDecimal reported, BigDecimal tolerance, BigDecimal minorUnit) {
        BigDecimal allowed = tolerance.multiply(recorded.abs().max(reported.abs())).max(minorUnit);
        return recorded.subtract(reported).abs().compareTo(allowed) <= 0;
    }

    private static ReconciliationAnswer.Totals totals(List<ReconciliationAnswer.Row> rows) {
        ReconciliationAnswer.Figures recorded = ReconciliationAnswer.Figures.NONE;
        ReconciliationAnswer.Figures reported = ReconciliationAnswer.Figures.NONE;
        ReconciliationAnswer.Variance variance = ReconciliationAnswer.Variance.NONE;
        Map<ReconciliationStatus, Long> statuses = new EnumMap<>(ReconciliationStatus.class);
        for (ReconciliationStatus status : ReconciliationStatus.values()) {
            statuses.put(status, 0L);
        }
        for (ReconciliationAnswer.Row row : rows) {
            recorded = recorded.plus(row.recorded());
            if (row.reported() != null) {
                reported = reported.plus(row.reported().figures());
                variance = variance.plus(row.variance());
            }
            statuses.merge(row.status(), 1L, Long::sum);
        }
        return new ReconciliationAnswer.Totals(recorded, reported, variance, new LinkedHashMap<>(statuses));
    }

    /** Reported money into the asked currency with the rates of its year: via USD, rounded to the minor unit. */
    record Conversion(List<RateUsed> rates, String target, int digits) {

        BigDecimal of(Money money, int year) {
            if (money.currency().equals(target)) {
                return money.amount().setScale(digits, RoundingMode.HALF_EVEN);
            }
            BigDecimal usd = money.amount().divide(unitsPerUsd(money.currency(), year), 20, RoundingMode.HALF_EVEN);
            return usd.multiply(unitsPerUsd(target, year)).setScale(digits, RoundingMode.HALF_EVEN);
        }

        private BigDecimal unitsPerUsd(String currency, int year) {
            if (ExchangeRates.USD.equals(currency)) {
                return BigDecimal.ONE;
            }
            return rates.stream().filter(r -> r.year() == year && r.currency().equals(currency)).findFirst()
                    .orElseThrow(() -> ExchangeRates.noRate(List.of(new ExchangeRates.YearCurrency(currency, year))))
                    .unitsPerUsd();
        }
    }
}
