package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;
import java.util.Optional;

/**
 * The served document's {@code servers}: the address clients reach this deployment at, {@code PUBLIC_URL} (read at
 * start, so one image serves every deployment). Without it the server is relative, "/": the host the document was
 * fetched from, which is right for Swagger UI on any address and for a generated client given its base URI.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class Servers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("ngoaid.public-url", String.class);
        document.setServers(List.of(OASFactory.createServer()
                .url(configured.map(url -> url.replaceAll("/+$", "")).orElse("/"))
                .description(configured.isPresent() ? "This deployment (PUBLIC_URL)" : "The host this document was fetched from")));
    }
}
