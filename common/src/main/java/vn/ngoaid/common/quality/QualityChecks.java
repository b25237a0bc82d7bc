package vn.ngoaid.common.quality;

import java.util.List;

/** The data quality checks of a service over its own records: a bean each service provides for {@link DataQuality}. */
public interface QualityChecks {

    List<QualityCheck> checks();
}
