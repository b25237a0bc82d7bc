package vn.ngoaid.aid.project;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A DAC sector of a project and its share in percent; a null share means an equal split among the sectors. */
@Embeddable
public class SectorShare {
    public String code;
    public BigDecimal percentage;

    public SectorShare() {
    }

    SectorShare(String code, BigDecimal percentage) {
        this.code = code;
        this.percentage = percentage;
    }
}
