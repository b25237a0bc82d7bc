package vn.ngoaid.partner.agreement;

import vn.ngoaid.common.label.Labelled;

/**
 * Who signed for the Vietnamese side, as the Law on International Agreements (2020) lets localities sign:
 * the provincial People's Committee (in the name of the province), a provincial department, or the People's
 * Committee of a border district or commune; OTHER for anything else (e.g. a provincial mass organization).
 */
public enum SignatoryLevel implements Labelled {
    PROVINCIAL_PEOPLES_COMMITTEE("Provincial People's Committee", "Ủy ban nhân dân tỉnh"),
    PROVINCIAL_DEPARTMENT("Provincial department", "Sở, ngành cấp tỉnh"),
    DISTRICT_PEOPLES_COMMITTEE("District People's Committee", "Ủy ban nhân dân cấp huyện"),
    COMMUNE_PEOPLES_COMMITTEE("Commune People's Committee", "Ủy ban nhân dân cấp xã"),
    OTHER("Other", "Khác");

    private final String english;
    private final String vietnamese;

    SignatoryLevel(String english, String vietnamese) {
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
}
