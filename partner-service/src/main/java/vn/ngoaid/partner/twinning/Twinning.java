package vn.ngoaid.partner.twinning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.ngoaid.partner.shared.ProvincialRecord;

import java.time.LocalDate;
import java.util.UUID;

/** A border twinning of residential clusters (kết nghĩa cụm dân cư): village–village or commune–township. */
@Entity
public class Twinning extends ProvincialRecord {

    public String domesticName;
    @Enumerated(EnumType.STRING)
    public DomesticUnitLevel domesticLevel;
    public String domesticDistrict;

    public String foreignName;
    @Enumerated(EnumType.STRING)
    public ForeignUnitLevel foreignLevel;

    public UUID localityId;
    public LocalDate since;
    public String note;

    @Override
    protected String[] searched() {
        return new String[] {domesticName, domesticDistrict, foreignName, note};
    }
}
