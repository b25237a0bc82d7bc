package vn.ngoaid.registry.organization;

import vn.ngoaid.common.label.Labelled;

/** What kind of foreign donor an organization is. */
public enum OrganizationType implements Labelled {
    INGO("International NGO", "Tổ chức phi chính phủ nước ngoài"),
    FOUNDATION("Foundation", "Quỹ"),
    MULTILATERAL("Multilateral organization", "Tổ chức đa phương"),
    BILATERAL_AGENCY("Bilateral agency", "Cơ quan hợp tác song phương"),
    EMBASSY_FUND("Embassy fund", "Quỹ của đại sứ quán"),
    OTHER("Other", "Khác");

    private final String english;
    private final String vietnamese;

    OrganizationType(String english, String vietnamese) {
        this.english = english;
        this.vietnamese = vietnamese;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * Foreign NGOs (foundations included) need a registration certificate to work in a province; embassies,
     * multilateral banks and bilateral agencies do not (Decree 58/2022/ND-CP).
     */
    public boolean needsRegistration() {
        return this == INGO || this == FOUNDATION || this == OTHER;
    }
}
