package vn.ngoaid.common.quality;

/**
 * One check of a service's records: its name, what it finds, and the SQL that lists every record it looks at, once
 * per province the record belongs to, as columns {@code province} (text), {@code id} (the record's uuid) and
 * {@code failing} (boolean). It may name {@code :today} (the service's date).
 */
public record QualityCheck(String name, String description, String sql) {
}
