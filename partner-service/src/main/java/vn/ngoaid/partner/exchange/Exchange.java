package vn.ngoaid.partner.exchange;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.ngoaid.partner.shared.ProvincialRecord;

import java.time.LocalDate;
import java.util.UUID;

/** One delegation or exchange activity, or a batch of them as a yearly report totals them. */
@Entity
public class Exchange extends ProvincialRecord {

    @Enumerated(EnumType.STRING)
    public ExchangeDirection direction;

    public UUID localityId;
    public UUID organizationId;
    public String organizationName;
    public String organizationCountry;
    /** Without a locality: the organization's or the given country (null for a batch from several countries). */
    public String countryCode;

    public String title;
    public String purpose;
    public LocalDate startDate;
    public LocalDate endDate;
    public int delegations;
    public Integer participants;

    @Override
    protected String[] searched() {
        return new String[] {title, purpose, organizationName};
    }
}
