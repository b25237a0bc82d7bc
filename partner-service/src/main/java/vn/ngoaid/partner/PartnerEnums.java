package vn.ngoaid.partner;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.label.Labelled;
import vn.ngoaid.common.label.LabelledEnums;
import vn.ngoaid.partner.agreement.AgreementStatus;
import vn.ngoaid.partner.agreement.CounterpartKind;
import vn.ngoaid.partner.agreement.SignatoryLevel;
import vn.ngoaid.partner.exchange.ExchangeDirection;
import vn.ngoaid.partner.locality.LocalityLevel;
import vn.ngoaid.partner.partnership.PartnershipKind;
import vn.ngoaid.partner.partnership.PartnershipStatus;
import vn.ngoaid.partner.twinning.DomesticUnitLevel;
import vn.ngoaid.partner.twinning.ForeignUnitLevel;

import java.util.List;

/** The enums of this service's API, listed with their labels at {@code GET /api/v1/reference/enums}. */
@ApplicationScoped
public class PartnerEnums implements LabelledEnums {

    @Override
    public List<Class<? extends Labelled>> enums() {
        return List.of(LocalityLevel.class, PartnershipKind.class, PartnershipStatus.class, AgreementStatus.class,
                SignatoryLevel.class, CounterpartKind.class, DomesticUnitLevel.class, ForeignUnitLevel.class,
                ExchangeDirection.class);
    }
}
