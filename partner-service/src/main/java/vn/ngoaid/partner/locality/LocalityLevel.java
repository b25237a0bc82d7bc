package vn.ngoaid.partner.locality;

import vn.ngoaid.common.label.Labelled;

/** Administrative level of a foreign locality, from the largest unit (a region or province) to a village. */
public enum LocalityLevel implements Labelled {
    REGION, PROVINCE, PREFECTURE, CITY, DISTRICT, TOWNSHIP, COMMUNE, VILLAGE;
}
