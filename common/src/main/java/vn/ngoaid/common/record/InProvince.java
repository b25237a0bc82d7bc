package vn.ngoaid.common.record;

/**
 * A record, or the input that writes one, that belongs to one province. A {@link RecordService} of such a type lets
 * a province officer write only records of its own province, and never move one out of it.
 */
public interface InProvince {

    String province();
}
