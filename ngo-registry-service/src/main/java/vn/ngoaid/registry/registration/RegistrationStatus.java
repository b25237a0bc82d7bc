package vn.ngoaid.registry.registration;

import vn.ngoaid.common.label.Labelled;

/** ACTIVE, SUSPENDED and REVOKED are recorded by status changes; EXPIRED follows from the last valid day. */
public enum RegistrationStatus implements Labelled {
    ACTIVE("Active", "Có hiệu lực"),
    SUSPENDED("Suspended", "Tạm đình chỉ"),
    REVOKED("Revoked", "Bị thu hồi"),
    EXPIRED("Expired", "Hết hạn");

    private final String english;
    private final String vietnamese;

    RegistrationStatus(String english, String vietnamese) {
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
