package vn.ngoaid.partner.exchange;

import vn.ngoaid.common.label.Labelled;

/** INBOUND: foreign visitors received in the province (đoàn vào); OUTBOUND: the province's delegations abroad (đoàn ra). */
public enum ExchangeDirection implements Labelled {
    INBOUND, OUTBOUND;
}
