package vn.ngoaid.partner.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ngoaid.partner.shared.ProvincialRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An international agreement of a province with one counterpart: a locality, a registered organization or a named party. */
@Entity
public class Agreement extends ProvincialRecord {

    public UUID localityId;
    public UUID organizationId;
    /** The organization's name as the registry gave it, or the named party; null for a locality. */
    public String counterpartName;
    /** The organization's or the named party's country; null for a locality (its country is the locality's). */
    public String countryCode;

    public String title;
    public String localTitle;
    public LocalDate signedOn;
    public LocalDate validUntil;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public SignatoryLevel signatoryLevel;

    /** IN_FORCE or TERMINATED (never EXPIRED). */
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public String note;

    /** The status shown today: TERMINATED stays; an agreement in force expires once its last valid day has passed. */
    public AgreementStatus statusOn(LocalDate today) {
        if (status == AgreementStatus.IN_FORCE && validUntil != null && today.isAfter(validUntil)) {
            return AgreementStatus.EXPIRED;
        }
        return status;
    }

    @Override
    protected String[] searched() {
        return new String[] {title, localTitle, counterpartName, note};
    }
}
