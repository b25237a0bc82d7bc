package vn.ngoaid.partner.locality;

import vn.ngoaid.common.label.Labelled;

/** Administrative level of a foreign locality, from the largest unit (a region or province) to a village. */
public enum LocalityLevel implements Labelled {
    REGION("Region", "Vùng, khu tự trị"),
    PROVINCE("Province", "Tỉnh"),
    PREFECTURE("Prefecture", "Châu"),
    CITY("City", "Thành phố"),
    DISTRICT("District", "Huyện"),
    TOWNSHIP("Township", "Trấn"),
    COMMUNE("Commune", "Xã"),
    VILLAGE("Village", "Bản, thôn");

    private final String english;
    private final String vietnamese;

    LocalityLevel(String english, String vietnamese) {
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
