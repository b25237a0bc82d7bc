package vn.ngoaid.aid.aggregate;

import java.util.List;
import java.util.Map;

/**
 * One group of an answer as a query reads it: its values of the groupBy dimensions (in their order), the labels of
 * those that have one (by dimension), and its figures.
 */
record Group(List<Object> values, Map<Dimension, Object> labels, Figures figures) {
}
