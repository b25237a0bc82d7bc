package vn.ngoaid.common.label;

/**
 * Marks an enum of the API whose values have labels for people reading its codes: an English one in the service's
 * {@code labels.properties} and a Vietnamese one in its {@code labels_vi.properties}, both keyed
 * {@code EnumName.VALUE}. {@link Labels} finds every such enum of the service; none is listed by hand.
 */
public interface Labelled {
}
