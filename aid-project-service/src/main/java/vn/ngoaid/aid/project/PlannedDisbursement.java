package vn.ngoaid.aid.project;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** What the donor plans to disburse in a year, in the project's currency. */
@Embeddable
public class PlannedDisbursement {
    public int year;
    public BigDecimal amount;

    public PlannedDisbursement() {
    }

    PlannedDisbursement(int year, BigDecimal amount) {
        this.year = year;
        this.amount = amount;
    }
}
