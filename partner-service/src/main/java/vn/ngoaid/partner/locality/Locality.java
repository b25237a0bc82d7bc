package vn.ngoaid.partner.locality;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.ngoaid.common.record.SearchableRecord;

import java.util.UUID;

/** A foreign locality (province, prefecture, city, township, village …), inside its parent in the same country. */
@Entity
public class Locality extends SearchableRecord {

    public String name;
    public String localName;
    public String vietnameseName;
    public String countryCode;

    @Enumerated(EnumType.STRING)
    public LocalityLevel level;

    public UUID parentId;

    @Override
    protected String[] searched() {
        return new String[] {name, localName, vietnameseName};
    }
}
