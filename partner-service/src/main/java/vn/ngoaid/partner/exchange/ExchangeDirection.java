package vn.ngoaid.partner.exchange;

import vn.ngoaid.common.label.Labelled;

/** INBOUND: foreign visitors received in the province (đoàn vào); OUTBOUND: the province's delegations abroad (đoàn ra). */
public enum ExchangeDirection implements Labelled {
    INBOUND("Inbound delegation", "Đoàn vào"),
    OUTBOUND("Outbound delegation", "Đoàn ra");

    private final String english;
    private final String vietnamese;

    ExchangeDirection(String english, String vietnamese) {
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
