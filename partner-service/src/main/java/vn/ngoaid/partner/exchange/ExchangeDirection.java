package vn.ngoaid.partner.exchange;

/** INBOUND: foreign visitors received in the province (đoàn vào); OUTBOUND: the province's delegations abroad (đoàn ra). */
public enum ExchangeDirection {
    INBOUND, OUTBOUND
}
