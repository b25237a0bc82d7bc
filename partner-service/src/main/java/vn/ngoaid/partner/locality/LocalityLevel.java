package vn.ngoaid.partner.locality;

/** Administrative level of a foreign locality, from the largest unit (a region or province) to a village. */
public enum LocalityLevel {
    REGION, PROVINCE, PREFECTURE, CITY, DISTRICT, TOWNSHIP, COMMUNE, VILLAGE
}
