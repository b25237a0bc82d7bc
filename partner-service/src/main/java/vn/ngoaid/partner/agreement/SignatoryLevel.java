package vn.ngoaid.partner.agreement;

import vn.ngoaid.common.label.Labelled;

/**
 * Who signed for the Vietnamese side, as the Law on International Agreements (2020) lets localities sign:
 * the provincial People's Committee (in the name of the province), a provincial department, or the People's
 * Committee of a border district or commune; OTHER for anything else (e.g. a provincial mass organization).
 */
public enum SignatoryLevel implements Labelled {
    PROVINCIAL_PEOPLES_COMMITTEE, PROVINCIAL_DEPARTMENT, DISTRICT_PEOPLES_COMMITTEE, COMMUNE_PEOPLES_COMMITTEE, OTHER;
}
