package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/** Gives every response header without a schema a text one: generated clients cannot read a header without. */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class HeaderSchemas implements OASFilter {

    @Override
    public Header filterHeader(Header header) {
        if (header.getSchema() == null && header.getRef() == null) {
            header.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        }
        return header;
    }
}
