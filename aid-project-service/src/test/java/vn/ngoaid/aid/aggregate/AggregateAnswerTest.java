package vn.ngoaid.aid.aggregate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.rate.RateUsed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An answer's assembly and rounding from the groups a query read, without a database. */
class AggregateAnswerTest {

    private static Figures figures(long projects, String committed, String disbursed) {
        return figures(projects, committed, disbursed, "0");
    }

    private static Figures figures(long projects, String committed, String disbursed, String planned) {
        return new Figures(projects, 1, new BigDecimal(committed), new BigDecimal(disbursed), new BigDecimal(planned));
    }

    private static Group group(Figures figures, Object... values) {
        return new Group(Arrays.asList(values), Map.of(), figures);
    }

    @Test
    void moneyIsRoundedHalfEvenToTheMinorUnitAndTheRateComesFromTheExactSums() {
        Map<String, Object> cents = figures(2, "0.125", "0.0625").addTo(new LinkedHashMap<>(), 2);
        assertEquals(Figures.NAMES, List.copyOf(cents.keySet()));
        assertEquals(new BigDecimal("0.12"), cents.get("committed"));
        assertEquals(new BigDecimal("0.06"), cents.get("disbursed"));
        assertEquals(new BigDecimal("0.5000"), cents.get("disbursementRate"));
        assertEquals(new BigDecimal("0.14"), figures(1, "0.135", "0").addTo(new LinkedHashMap<>(), 2).get("committed"));

        Map<String, Object> dong = figures(1, "2.5", "3.5").addTo(new LinkedHashMap<>(), 0);
        assertEquals(new BigDecimal("2"), dong.get("committed"));
        assertEquals(new BigDecimal("4"), dong.get("disbursed"));
        assertEquals(new BigDecimal("1.4000"), dong.get("disbursementRate"));

        assertNull(figures(1, "0", "5").addTo(new LinkedHashMap<>(), 2).get("disbursementRate"), "nothing committed");
        assertNull(figures(1, "-1", "5").addTo(new LinkedHashMap<>(), 2).get("disbursementRate"), "less than nothing");
    }

    @Test
    void plannedIsRoundedLikeTheRestItsRateIsDisbursedOverPlannedAndUndisbursedComesFromTheExactSums() {
        Map<String, Object> cents = figures(1, "100.005", "60.004", "80.125").addTo(new LinkedHashMap<>(), 2);
        assertEquals(new BigDecimal("80.12"), cents.get("planned"));
        assertEquals(new BigDecimal("0.7489"), cents.get("plannedDisbursementRate"));
        // 100.005 − 60.004 = 40.001, not 100.00 − 60.00
        assertEquals(new BigDecimal("40.00"), cents.get("undisbursed"));
        assertEquals(new BigDecimal("0.01"), figures(1, "0.015", "0.004").addTo(new LinkedHashMap<>(), 2).get("undisbursed"));
        assertEquals(new BigDecimal("-5.00"), figures(1, "0", "5").addTo(new LinkedHashMap<>(), 2).get("undisbursed"),
                "a year that pays out earlier commitments");
        assertNull(figures(1, "10", "5", "0").addTo(new LinkedHashMap<>(), 2).get("plannedDisbursementRate"), "nothing planned");
        assertEquals(new BigDecimal("2.0000"), figures(1, "0", "10", "5").addTo(new LinkedHashMap<>(), 0).get("plannedDisbursementRate"));
    }

    @Test
    void rowsAddUpToTheTotalsWithinOneMinorUnitPerRow() {
        Random random = new Random(15);
        for (int digits : new int[]{0, 2, 3}) {
            for (int run = 0; run < 200; run++) {
                List<Group> groups = new ArrayList<>();
                Figures totals = Figures.NONE;
                for (int i = 0; i < 1 + random.nextInt(40); i++) {
                    // thirds and sevenths of amounts, as equal shares make them
                    BigDecimal committed = BigDecimal.valueOf(random.nextInt(1_000_000))
                            .divide(BigDecimal.valueOf(3 + random.nextInt(5)), 12, RoundingMode.HALF_EVEN);
                    Figures row = new Figures(1, 1, committed, committed.movePointLeft(1), committed.movePointLeft(2));
                    groups.add(group(row, "p" + i));
                    totals = totals.plusMoney(row);
                }
                AggregateAnswer answer = AggregateAnswer.of("X", List.of(Dimension.PROVINCE), groups, totals, digits, List.of());
                BigDecimal tolerance = BigDecimal.ONE.movePointLeft(digits).multiply(BigDecimal.valueOf(groups.size()));
                for (String figure : List.of("committed", "disbursed", "planned", "undisbursed")) {
                    BigDecimal sum = answer.rows().stream().map(r -> (BigDecimal) r.get(figure)).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal off = sum.subtract((BigDecimal) answer.totals().get(figure)).abs();
                    assertTrue(off.compareTo(tolerance) <= 0, figure + " " + off + " off over " + groups.size() + " rows");
                }
            }
        }
    }

    @Test
    void aRowNamesItsValuesInGroupByOrderThenTheirLabelsThenItsFigures() {
        UUID organization = UUID.randomUUID();
        Map<Dimension, Object> labels = Map.of(Dimension.ORGANIZATION, "Helvetas");
        List<Group> groups = List.of(
                new Group(List.of(organization.toString(), 2020), labels, figures(2, "10.005", "1")),
                new Group(List.of("EMBASSY:embassy of japan", 2021), Map.of(Dimension.ORGANIZATION, "Embassy of Japan"),
                        figures(1, "1", "0")));
        List<RateUsed> rates = List.of(new RateUsed(2020, "EUR", new BigDecimal("0.9")));
        AggregateAnswer answer = AggregateAnswer.of("USD", List.of(Dimension.ORGANIZATION, Dimension.YEAR), groups,
                figures(3, "11.005", "1"), 2, rates);

        assertEquals("USD", answer.currency());
        assertEquals(List.of("organization", "year"), answer.groupBy());
        assertSame(rates, answer.ratesUsed());
        Map<String, Object> first = answer.rows().get(0);
        List<String> keys = new ArrayList<>(List.of("organization", "year", "donorName"));
        keys.addAll(Figures.NAMES);
        assertEquals(keys, List.copyOf(first.keySet()));
        assertEquals(organization, first.get("organization"));
        assertEquals(2020, first.get("year"));
        assertEquals("Helvetas", first.get("donorName"));
        assertEquals(new BigDecimal("10.00"), first.get("committed"));
        assertNull(answer.rows().get(1).get("organization"), "a donor outside the registry has no id");
        assertEquals("Embassy of Japan", answer.rows().get(1).get("donorName"));
        assertEquals(Figures.NAMES, List.copyOf(answer.totals().keySet()));
        assertEquals(new BigDecimal("11.00"), answer.totals().get("committed"));
    }

    @Test
    void withoutDimensionsTheOneRowIsTheWholeSet() {
        AggregateAnswer answer = AggregateAnswer.of("VND", List.of(), List.of(), figures(4, "7.5", "2.5"), 0, List.of());
        assertEquals(List.of(answer.totals()), answer.rows());
        assertEquals(new BigDecimal("8"), answer.totals().get("committed"));
        assertEquals(List.of(), answer.groupBy());
    }

    @Test
    void theDocumentedNamesAreTheDimensions() throws NoSuchFieldException {
        assertEquals(String.join(", ", Dimension.names(List.of(Dimension.values()))), Dimension.NAMES);
        String rows = AggregateAnswer.class.getDeclaredField("rows").getAnnotation(Schema.class).description();
        for (Dimension dimension : Dimension.values()) {
            assertTrue(rows.contains("`" + dimension.apiName() + "`"), dimension + " in " + rows);
            dimension.label().ifPresent(label -> assertTrue(rows.contains("`" + label.field() + "`"), label.field()));
            assertEquals(dimension, Dimension.named(dimension.apiName()).orElseThrow());
        }
    }
}
