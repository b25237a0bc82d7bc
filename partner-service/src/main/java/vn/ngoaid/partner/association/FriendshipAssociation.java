package vn.ngoaid.partner.association;

import jakarta.persistence.Entity;
import vn.ngoaid.partner.shared.ProvincialRecord;

import java.time.LocalDate;

/** A province's friendship association with the people of one country (hội hữu nghị Việt Nam – X). */
@Entity
public class FriendshipAssociation extends ProvincialRecord {

    public String name;
    public String localName;
    public String counterpartCountry;
    public Integer members;
    public LocalDate founded;

    @Override
    protected String[] searched() {
        return new String[] {name, localName};
    }
}
