package vn.ngoaid.registry;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.label.Labelled;
import vn.ngoaid.common.label.LabelledEnums;
import vn.ngoaid.registry.organization.OrganizationStatus;
import vn.ngoaid.registry.organization.OrganizationType;
import vn.ngoaid.registry.registration.Eligibility;
import vn.ngoaid.registry.registration.RegistrationKind;
import vn.ngoaid.registry.registration.RegistrationStatus;
import vn.ngoaid.registry.statistics.RegistrationStatistics;

import java.util.List;

/** The enums of this service's API, listed with their labels at {@code GET /api/v1/reference/enums}. */
@ApplicationScoped
public class RegistryEnums implements LabelledEnums {

    @Override
    public List<Class<? extends Labelled>> enums() {
        return List.of(OrganizationType.class, OrganizationStatus.class, RegistrationKind.class, RegistrationStatus.class,
                Eligibility.Basis.class, RegistrationStatistics.ProvinceVintage.class);
    }
}
