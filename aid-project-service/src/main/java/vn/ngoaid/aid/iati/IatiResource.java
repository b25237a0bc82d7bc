package vn.ngoaid.aid.iati;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ngoaid.common.reference.Code;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/iati")
@Tag(name = "IATI", description = "Projects published in the IATI activity standard 2.03; public like the aggregates")
@PermitAll
public class IatiResource {

    private final IatiExport export;

    public IatiResource(IatiExport export) {
        this.export = export;
    }

    @GET
    @Path("/activities")
    @Produces({MediaType.APPLICATION_XML, "application/problem+json"})
    @Operation(summary = "Projects as IATI 2.03 activities",
            description = "An `iati-activities` document (version 2.03) with one `iati-activity` per project, ordered by "
                    + "code: identifier `VN-PACCOM-<project code>` (the reporting organisation's reference, "
                    + "`IATI_REPORTING_ORG_REF`, then the code), reporting organisation, the donor as funding (role 1) "
                    + "and the approving authority as accountable (role 2) participating organisation, the implementers "
                    + "as participating organisations (project owner extending 3, managing agency accountable 2, the "
                    + "others implementing 4; type 11 for people's committees, departments, districts and communes, 15 "
                    + "mass organizations, 80 universities and hospitals, 22 NGOs, 90 others; the name in English and "
                    + "Vietnamese), the title in English and (`xml:lang=\"vi\"`) Vietnamese, activity status (PROPOSED 1, "
                    + "APPROVED and ONGOING 2, COMPLETED 4, CANCELLED 5, SUSPENDED 6), start and end dates (actual once "
                    + "started or completed, planned otherwise), recipient country VN at 100 %, one location per province "
                    + "(and district), DAC 5-digit sectors (vocabulary 1) with their percentages, the project currency as "
                    + "default currency, for each year of the planned disbursements a budget (original 1, indicative 1) "
                    + "and a planned disbursement over the calendar year, valued on 1 January, and every commitment "
                    + "(type 2) and disbursement (type 3), corrections as negative values, each with its value date and "
                    + "currency. Published data: no token needed. Validates against the IATI activity schema 2.03.")
    // a file to keep, not a JSON string: generated clients hand it over as bytes (a File in Java)
    @APIResponse(responseCode = "200", description = "The iati-activities document",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportIatiActivities(
            @Parameter(description = "Only projects located in this province (GSO code as recorded); all when absent",
                    example = "20") @QueryParam("province") @Code(PROVINCE) String province) {
        StreamingOutput body = out -> {
            try {
                export.write(province, out);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write the IATI document", e);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }
}
