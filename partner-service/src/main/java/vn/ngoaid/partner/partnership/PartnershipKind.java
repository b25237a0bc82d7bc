package vn.ngoaid.partner.partnership;

import vn.ngoaid.common.label.Labelled;

/**
 * What kind of relation a province keeps with a foreign locality: friendship (hữu nghị), cooperation (hợp tác),
 * a sister-province or twin-city relation (kết nghĩa), or cooperation between localities on both sides of the border.
 */
public enum PartnershipKind implements Labelled {
    FRIENDSHIP("Friendship", "Hữu nghị"),
    COOPERATION("Cooperation", "Hợp tác"),
    SISTER("Sister locality (twinned)", "Kết nghĩa"),
    BORDER_COOPERATION("Border cooperation", "Hợp tác biên giới");

    private final String english;
    private final String vietnamese;

    PartnershipKind(String english, String vietnamese) {
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
