package vn.ngoaid.registry.annualreport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import vn.ngoaid.common.record.AuditedRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An organization's report of a year's work: per province, what it committed, disbursed and ran. */
@Entity
public class AnnualReport extends AuditedRecord {

    public UUID organizationId;
    public int year;
    public LocalDate submittedOn;
    public String note;

    @ElementCollection
    @CollectionTable(name = "annual_report_province", joinColumns = @JoinColumn(name = "annual_report_id"))
    @OrderColumn(name = "position")
    public List<ProvinceLine> provinces = new ArrayList<>();

    /** One province's line of a report. */
    @Embeddable
    public static class ProvinceLine {
        public String province;
        public BigDecimal committedAmount;
        public String committedCurrency;
        public BigDecimal disbursedAmount;
        public String disbursedCurrency;
        public int projects;

        /** Whether two lists hold the same lines in the same order, amounts compared as numbers (45000 = 45000.00). */
        static boolean same(List<ProvinceLine> these, List<ProvinceLine> those) {
            if (these.size() != those.size()) {
                return false;
            }
            for (int i = 0; i < these.size(); i++) {
                ProvinceLine a = these.get(i);
                ProvinceLine b = those.get(i);
                if (!a.province.equals(b.province) || a.committedAmount.compareTo(b.committedAmount) != 0
                        || !a.committedCurrency.equals(b.committedCurrency) || a.disbursedAmount.compareTo(b.disbursedAmount) != 0
                        || !a.disbursedCurrency.equals(b.disbursedCurrency) || a.projects != b.projects) {
                    return false;
                }
            }
            return true;
        }
    }
}
