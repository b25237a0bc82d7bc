package vn.ngoaid.registry.organization;

import vn.ngoaid.common.label.Labelled;

/** What kind of foreign donor an organization is. */
public enum OrganizationType implements Labelled {
    INGO, FOUNDATION, MULTILATERAL, BILATERAL_AGENCY, EMBASSY_FUND, OTHER;

    /**
     * Foreign NGOs (foundations included) need a registration certificate to work in a province; embassies,
     * multilateral banks and bilateral agencies do not (Decree 58/2022/ND-CP).
     */
    public boolean needsRegistration() {
        return this == INGO || this == FOUNDATION || this == OTHER;
    }
}
