package vn.ngoaid.registry;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(
                title = "NGO registry service",
                version = "1.0.0",
                description = """
                        The registry of foreign non-governmental organizations (INGOs) and other foreign donors working \
                        in Vietnamese provinces, and of their registration certificates (Decree 58/2022/ND-CP; before \
                        1 November 2022 Decree 12/2012/ND-CP). Answers whether an organization may run aid activities \
                        in a province on a date, and counts registered organizations per province, year and country.

                        Conventions: JSON with camelCase fields; dates `YYYY-MM-DD`; provinces by GSO code (`20` Lạng Sơn), \
                        countries ISO 3166-1 alpha-2, sectors OECD DAC CRS purpose codes. Lists are paged \
                        (`page` from 0, `size` up to 200) and sorted with `sort=field,asc|desc`. Updates need `If-Match`. \
                        A `POST` with `Idempotency-Key` is safe to retry. Errors are RFC 9457 `application/problem+json`.""",
                contact = @Contact(name = "NGO aid coordination project"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Organizations", description = "Foreign NGOs and other foreign donors"),
                @Tag(name = "Registrations", description = "Registration certificates, their status history, and eligibility"),
                @Tag(name = "Statistics", description = "Counts of registered organizations for coordinators"),
                @Tag(name = "Reference data", description = "Code lists")
        })
public class RegistryApi extends Application {
}
