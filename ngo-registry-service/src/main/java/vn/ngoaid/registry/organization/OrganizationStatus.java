package vn.ngoaid.registry.organization;

import vn.ngoaid.common.label.Labelled;

public enum OrganizationStatus implements Labelled {
    ACTIVE("Active", "Đang hoạt động"),
    INACTIVE("Inactive", "Ngừng hoạt động");


    private final String english;

    private final String vietnamese;


    OrganizationStatus(String english, String vietnamese) {

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
