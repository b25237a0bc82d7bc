package vn.ngoaid.aid.project;

import vn.ngoaid.common.label.Labelled;

/** Donors outside the registry, who need no registration to give. */
public enum DonorType implements Labelled {
    OVERSEAS_VIETNAMESE("Overseas Vietnamese", "Kiều bào (người Việt Nam ở nước ngoài)"),
    EMBASSY("Embassy", "Đại sứ quán"),
    DOMESTIC("Domestic benefactor", "Nhà hảo tâm trong nước"),
    OTHER("Other", "Khác");

    private final String english;
    private final String vietnamese;

    DonorType(String english, String vietnamese) {
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
