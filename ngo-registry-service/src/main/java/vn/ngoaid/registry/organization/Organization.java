package vn.ngoaid.registry.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ngoaid.common.record.SearchableRecord;

import java.util.ArrayList;
import java.util.List;

@Entity
public class Organization extends SearchableRecord {

    public String name;
    public String localName;
    public String acronym;
    public String countryCode;

    @Enumerated(EnumType.STRING)
    public OrganizationType type;

    public String headquarters;
    public String website;
    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;

    @Override
    protected String[] searched() {
        return new String[] {name, localName, acronym};
    }
}
