package vn.ngoaid.aid.rate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The published annual rate of a currency: units of it per US dollar. */
@Entity
public class ExchangeRate extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public BigDecimal unitsPerUsd;
    public Instant updatedAt;
    public String createdBy;
    public String updatedBy;

    @Embeddable
    public record Key(int year, String currency) implements Serializable {
    }
}
