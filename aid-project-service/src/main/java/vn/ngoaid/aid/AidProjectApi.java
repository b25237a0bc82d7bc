package vn.ngoaid.aid;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@OpenAPIDefinition(info = @Info(
        title = "Aid project service",
        version = "1.0.0",
        description = "Aid projects of foreign donors in Vietnamese provinces, their commitments and disbursements, annual "
                + "exchange rates, and the aggregates national coordinators pull. Conventions as in the NGO registry: "
                + "JSON, paged lists, If-Match on updates, Idempotency-Key on POST, RFC 9457 problem+json errors.",
        contact = @Contact(name = "NGO aid coordination project"),
        license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
public class AidProjectApi extends Application {
}
