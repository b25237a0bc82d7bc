package vn.ngoaid.partner.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.ngoaid.partner.shared.ProvincialRecord;

import java.time.LocalDate;
import java.util.UUID;

/** A province's standing relation with a foreign locality. */
@Entity
public class Partnership extends ProvincialRecord {

    public UUID localityId;

    @Enumerated(EnumType.STRING)
    public PartnershipKind kind;

    public LocalDate since;
    public LocalDate until;

    @Enumerated(EnumType.STRING)
    public PartnershipStatus status;

    public String note;

    @Override
    protected String[] searched() {
        return new String[] {note};
    }
}
