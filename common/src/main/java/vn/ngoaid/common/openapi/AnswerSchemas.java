package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every property of an answer schema is required: the services write every field of an answer, nulls included (a
 * field that can be null is {@code @Schema(nullable = true)}). An answer schema is one that only response bodies
 * reach through their {@code $ref}s. A schema that a request body or parameter also reaches (a project's
 * {@code Location}, say) keeps what its input says, since a client may leave those fields out; and an answer schema
 * that lists its required properties itself is of a class that leaves out empty fields ({@code @JsonInclude}), so its
 * own list stands.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 40)
public class AnswerSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components == null ? null : components.getSchemas();
        if (schemas == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> asked = new HashSet<>();
        Set<String> answered = new HashSet<>();
        List<APIResponse> responses = new ArrayList<>();
        if (components.getResponses() != null) {
            responses.addAll(components.getResponses().values());
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            parameters(item.getParameters()).forEach(schema -> reach(schema, schemas, asked));
            item.getOperations().values().forEach(operation -> {
                parameters(operation.getParameters()).forEach(schema -> reach(schema, schemas, asked));
                if (operation.getRequestBody() != null) {
                    bodies(operation.getRequestBody().getContent()).forEach(schema -> reach(schema, schemas, asked));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    responses.addAll(operation.getResponses().getAPIResponses().values());
                }
            });
        });
        responses.forEach(response -> bodies(response.getContent()).forEach(schema -> reach(schema, schemas, answered)));
        answered.removeAll(asked);
        for (String name : answered) {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static Stream<Schema> parameters(List<Parameter> parameters) {
        return parameters == null ? Stream.empty() : parameters.stream().map(Parameter::getSchema);
    }

    private static Stream<Schema> bodies(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }

    /** Adds the names of the component schemas this schema leads to, by its {@code $ref}s and theirs. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (into.add(name)) {
                reach(schemas.get(name), schemas, into);
            }
        }
        List<Schema> parts = new ArrayList<>();
        if (schema.getProperties() != null) {
            parts.addAll(schema.getProperties().values());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())
                .filter(Objects::nonNull).forEach(parts::addAll);
        parts.add(schema.getItems());
        parts.add(schema.getAdditionalPropertiesSchema());
        parts.add(schema.getNot());
        parts.forEach(part -> reach(part, schemas, into));
    }
}
