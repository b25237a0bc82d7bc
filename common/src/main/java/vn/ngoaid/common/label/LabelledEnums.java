package vn.ngoaid.common.label;

import java.util.List;

/**
 * The enums a service exposes in its API, each with English and Vietnamese labels; a service declares one bean of
 * this type, and {@code GET /api/v1/reference/enums} lists them.
 */
public interface LabelledEnums {

    List<Class<? extends Labelled>> enums();
}
