package vn.ngoaid.aid.project;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A province (and optionally a district in it) of a project, with its share in percent (null: equal split). */
@Embeddable
public class Location {
    public String province;
    public String district;
    public BigDecimal percentage;

    public Location() {
    }

    Location(String province, String district, BigDecimal percentage) {
        this.province = province;
        this.district = district;
        this.percentage = percentage;
    }
}
