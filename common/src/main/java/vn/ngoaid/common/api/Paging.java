package vn.ngoaid.common.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} of every list, taken as {@code @BeanParam Paging paging}; checked by
 * {@link PageRequest}. A list's {@code sort} is its own parameter: its fields are the list's.
 */
public class Paging {

    @Parameter(description = "Page number, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
    @QueryParam("page")
    Integer page;

    @Parameter(description = "Page size, 1 to " + PageRequest.MAX_SIZE, example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE))
    @QueryParam("size")
    Integer size;
}
