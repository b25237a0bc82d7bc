package vn.ngoaid.demo;

import org.junit.jupiter.api.Test;
import vn.ngoaid.demo.AidLoader.ImplementerSeed;
import vn.ngoaid.demo.AidLoader.PlannedSeed;
import vn.ngoaid.demo.AidLoader.ProjectSeed;
import vn.ngoaid.demo.AidLoader.RateSeed;
import vn.ngoaid.demo.AidLoader.Seeds;
import vn.ngoaid.demo.AidLoader.TransactionSeed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plans and implementers of {@code demo/aid.json}: what the service would refuse is not there, the demo's
 * official figures (projects and organizations per year and province, counted from the transactions) stay as they
 * are, and the aggregates have something to show: a share of the projects with plans, partly met, and owners of
 * several types, some projects without one.
 */
class AidSeedsTest {

    private static final Seeds SEEDS = AidLoader.readSeeds(DemoLoader.objectMapper());
    private static final List<ProjectSeed> PROJECTS = SEEDS.projects();
    private static final Set<String> TYPES = Set.of("PROVINCIAL_PEOPLES_COMMITTEE", "PROVINCIAL_DEPARTMENT", "DISTRICT",
            "COMMUNE", "MASS_ORGANIZATION", "UNIVERSITY_OR_HOSPITAL", "NGO", "OTHER");
    private static final Set<String> ROLES = Set.of("PROJECT_OWNER", "MANAGING_AGENCY", "IMPLEMENTING");

    private static List<PlannedSeed> plan(ProjectSeed p) {
        return p.plannedDisbursements() == null ? List.of() : p.plannedDisbursements();
    }

    private static List<ImplementerSeed> implementers(ProjectSeed p) {
        return p.implementers() == null ? List.of() : p.implementers();
    }

    private static ImplementerSeed owner(ProjectSeed p) {
        return implementers(p).stream().filter(i -> i.role().equals("PROJECT_OWNER")).findFirst().orElse(null);
    }

    private static Set<Integer> transactionYears(ProjectSeed p) {
        return p.transactions().stream().map(t -> t.date().getYear()).collect(Collectors.toSet());
    }

    /** Disbursed per year, in the project's currency (every demo transaction is in it). */
    private static Map<Integer, BigDecimal> disbursed(ProjectSeed p) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        for (TransactionSeed t : p.transactions()) {
            assertTrue(t.currency() == null || t.currency().equals(p.currency()), p.code() + ": a transaction in another currency");
            if (t.type().equals("DISBURSEMENT")) {
                byYear.merge(t.date().getYear(), t.amount(), BigDecimal::add);
            }
        }
        return byYear;
    }

    @Test
    void everyPlanYearLiesWithinItsProjectsYearsAndHasATransactionThere() {
        for (ProjectSeed p : PROJECTS) {
            Set<Integer> years = new HashSet<>();
            int digits = Currency.getInstance(p.currency()).getDefaultFractionDigits();
            for (PlannedSeed planned : plan(p)) {
                String what = p.code() + " plan " + planned.year();
                assertTrue(years.add(planned.year()), what + " twice");
                assertTrue(planned.year() >= firstYear(p), what + " before the project's first year " + firstYear(p));
                assertTrue(lastYear(p) == null || planned.year() <= lastYear(p),
                        what + " after the project's last year " + lastYear(p));
                // a plan in a year without a transaction would count the project (and its donor) in that year
                assertTrue(transactionYears(p).contains(planned.year()), what + ": no transaction that year");
                assertTrue(planned.amount().signum() > 0, what + ": not a positive amount");
                assertTrue(planned.amount().stripTrailingZeros().scale() <= digits,
                        what + ": " + planned.amount() + " is finer than the " + p.currency() + " minor unit");
            }
        }
    }

    @Test
    void implementersAreCompleteInBothLanguagesWithAtMostOneOwner() {
        for (ProjectSeed p : PROJECTS) {
            Set<String> listed = new HashSet<>();
            int owners = 0;
            for (ImplementerSeed i : implementers(p)) {
                String what = p.code() + " implementer " + i.name();
                assertFalse(i.name() == null || i.name().isBlank(), p.code() + ": an implementer without name");
                assertNotNull(i.localName(), what + ": no Vietnamese name");
                assertTrue(Normalizer.isNormalized(i.localName(), Normalizer.Form.NFC), what + ": not in NFC");
                assertTrue(i.localName().chars().anyMatch(c -> c > 127), what + ": " + i.localName() + " has no diacritics");
                assertTrue(TYPES.contains(i.type()), what + ": type " + i.type());
                assertTrue(ROLES.contains(i.role()), what + ": role " + i.role());
                assertTrue(listed.add(i.name() + "/" + i.role()), what + " twice as " + i.role());
                owners += i.role().equals("PROJECT_OWNER") ? 1 : 0;
            }
            assertTrue(owners <= 1, p.code() + " has " + owners + " project owners");
        }
    }

    @Test
    void terreDesHommesScholarshipsInTrangDinhAreOwnedByTheDistrict() {
        List<ProjectSeed> scholarships = PROJECTS.stream()
                .filter(p -> "DE/Terre des Hommes Deutschland".equals(p.donor().organization()))
                .filter(p -> p.title().startsWith("Scholarships") && p.title().contains("Tràng Định"))
                .toList();
        assertFalse(scholarships.isEmpty(), "Terre des Hommes' scholarships in Tràng Định");
        for (ProjectSeed p : scholarships) {
            ImplementerSeed owner = owner(p);
            assertNotNull(owner, p.code() + " has no owner");
            assertEquals("Ủy ban nhân dân huyện Tràng Định", owner.localName(), p.code());
            assertEquals("Trang Dinh District People's Committee", owner.name(), p.code());
            assertEquals("DISTRICT", owner.type(), p.code());
            assertTrue(implementers(p).stream().anyMatch(i -> i.role().equals("IMPLEMENTING")
                    && i.localName().equals("Phòng Giáo dục và Đào tạo huyện Tràng Định")), p.code() + ": the education office");
            assertFalse(plan(p).isEmpty(), p.code() + " has no plan");
        }
    }

    @Test
    void theChineseEmbassysSchoolWorksAreOwnedByPhongThoDistrict() {
        List<ProjectSeed> works = PROJECTS.stream()
                .filter(p -> "Đại sứ quán Trung Quốc tại Việt Nam".equals(p.donor().name()))
                .filter(p -> p.locations().stream().anyMatch(l -> "Phong Thổ".equals(l.district())))
                .toList();
        assertEquals(1, works.size(), "the Chinese embassy's school works in Phong Thổ");
        ProjectSeed p = works.get(0);
        ImplementerSeed owner = owner(p);
        assertNotNull(owner, p.code() + " has no owner");
        assertEquals("Ủy ban nhân dân huyện Phong Thổ", owner.localName());
        assertEquals("Phong Tho District People's Committee", owner.name());
        assertEquals("DISTRICT", owner.type());
        assertTrue(implementers(p).stream().anyMatch(i -> i.role().equals("MANAGING_AGENCY")
                && i.localName().equals("Ủy ban nhân dân tỉnh Lai Châu")), "managed by the Lai Châu People's Committee");
        assertFalse(plan(p).isEmpty(), p.code() + " has no plan");
    }

    @Test
    void aboutHalfOfTheProjectsArePlannedMostNameTheirPartnersAndOwnersAreOfSeveralTypes() {
        long planned = PROJECTS.stream().filter(p -> !plan(p).isEmpty()).count();
        double share = (double) planned / PROJECTS.size();
        assertTrue(share >= 0.4 && share <= 0.6, planned + " of " + PROJECTS.size() + " projects planned");

        long withImplementers = PROJECTS.stream().filter(p -> !implementers(p).isEmpty()).count();
        assertTrue(withImplementers >= 0.8 * PROJECTS.size(), withImplementers + " of " + PROJECTS.size() + " with implementers");

        Map<String, Long> byOwnerType = new TreeMap<>(PROJECTS.stream().collect(Collectors.groupingBy(
                p -> owner(p) == null ? "none" : owner(p).type(), Collectors.counting())));
        assertTrue(byOwnerType.keySet().containsAll(List.of("none", "PROVINCIAL_DEPARTMENT", "DISTRICT", "COMMUNE",
                "MASS_ORGANIZATION", "UNIVERSITY_OR_HOSPITAL")), "owner types " + byOwnerType);
        assertTrue(byOwnerType.get("PROVINCIAL_DEPARTMENT") > byOwnerType.get("COMMUNE"), "owner types " + byOwnerType);
        assertTrue(PROJECTS.stream().anyMatch(p -> p.modality().equals("EMERGENCY_RELIEF") && owner(p) == null),
                "some emergency relief without an owner");
        assertTrue(PROJECTS.stream().anyMatch(p -> p.modality().equals("NON_PROJECT") && owner(p) == null),
                "some non-project aid without an owner");
        long managedByTheProvince = PROJECTS.stream().filter(p -> implementers(p).stream().anyMatch(i ->
                i.role().equals("MANAGING_AGENCY") && i.type().equals("PROVINCIAL_PEOPLES_COMMITTEE"))).count();
        assertTrue(managedByTheProvince >= withImplementers / 2, managedByTheProvince + " managed by a provincial People's Committee");
    }

    @Test
    void plansArePartlyMetOverPlannedOnTheWholeButMetInManyYears() {
        Map<String, Map<Integer, BigDecimal>> rates = new HashMap<>();
        for (RateSeed rate : SEEDS.exchangeRates()) {
            rates.put(rate.currency(), rate.unitsPerUsd());
        }
        BigDecimal plannedUsd = BigDecimal.ZERO, disbursedUsd = BigDecimal.ZERO;
        int met = 0, notMet = 0, overPlanned = 0;
        for (ProjectSeed p : PROJECTS) {
            Map<Integer, BigDecimal> disbursed = disbursed(p);
            for (PlannedSeed planned : plan(p)) {
                BigDecimal out = disbursed.getOrDefault(planned.year(), BigDecimal.ZERO);
                BigDecimal rate = p.currency().equals("USD") ? BigDecimal.ONE : rates.get(p.currency()).get(planned.year());
                plannedUsd = plannedUsd.add(planned.amount().divide(rate, MathContext.DECIMAL128));
                disbursedUsd = disbursedUsd.add(out.divide(rate, MathContext.DECIMAL128));
                if (out.compareTo(planned.amount()) >= 0) {
                    met++;
                } else {
                    notMet++;
                    overPlanned += planned.amount().compareTo(out.multiply(new BigDecimal("1.2"))) >= 0 ? 1 : 0;
                }
            }
        }
        int years = met + notMet;
        assertTrue(plannedUsd.compareTo(disbursedUsd) > 0, "planned " + plannedUsd + " USD, disbursed " + disbursedUsd);
        assertTrue(plannedUsd.compareTo(disbursedUsd.multiply(new BigDecimal("1.3"))) < 0,
                "planned " + plannedUsd + " USD is far above the " + disbursedUsd + " disbursed");
        assertTrue(met >= years / 4, met + " of " + years + " planned years met");
        assertTrue(notMet >= years / 4, notMet + " of " + years + " planned years not met");
        assertTrue(overPlanned >= years / 5, overPlanned + " of " + years + " planned years over-planned by 20 % or more");
    }

    /** The first of a project's years: that of its start date, else of its approval, as the service reads them. */
    private static int firstYear(ProjectSeed p) {
        return p.startDate() != null ? p.startDate().getYear() : p.approvalDecision().date().getYear();
    }

    /** The last of a project's years, that of its end date; null when it has none. */
    private static Integer lastYear(ProjectSeed p) {
        return p.endDate() == null ? null : p.endDate().getYear();
    }
}
