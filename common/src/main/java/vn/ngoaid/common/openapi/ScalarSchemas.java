package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Schemas as client generators read them. SmallRye makes a component of each JDK scalar type (LocalDate, UUID,
 * Instant) and refers to it next to the field's own type and examples; generators then drop the type of every such
 * field ("Type(s) cleared … $ref is set") and rename the models ({@code LocalDate} is a reserved word in Java). So a
 * reference to a scalar component is replaced by the component's keywords but its sample value (a field's own
 * keywords win), those components go, and a {@code type} repeated beside a {@code $ref} to an enum or object is
 * dropped. Runs after every other filter, on the finished document.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 1)
public class ScalarSchemas implements OASFilter {

    private static final String COMPONENT = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Components components = document.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> named = components.getSchemas();
        List<String> scalars = named.entrySet().stream().filter(e -> isScalar(e.getValue())).map(Map.Entry::getKey).toList();
        allSchemas(document).forEach(schema -> visit(schema, named));
        scalars.forEach(components::removeSchema);
    }

    private static boolean isScalar(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        return type != null && !type.contains(Schema.SchemaType.OBJECT) && !type.contains(Schema.SchemaType.ARRAY)
                && schema.getEnumeration() == null && schema.getProperties() == null;
    }

    private static void visit(Schema schema, Map<String, Schema> named) {
        if (schema == null) {
            return;
        }
        String ref = schema.getRef();
        Schema target = ref != null && ref.startsWith(COMPONENT) ? named.get(ref.substring(COMPONENT.length())) : null;
        if (target != null && isScalar(target)) {
            Map<String, Object> merged = new LinkedHashMap<>(target.getAll());
            // the JDK type's sample value (2022-03-10) says nothing of the field, and Swagger UI would send it
            merged.remove("examples");
            schema.getAll().forEach((keyword, value) -> {
                if (!keyword.equals("$ref")) {
                    merged.put(keyword, value);
                }
            });
            schema.setAll(merged);
        } else if (target != null && Objects.equals(schema.getType(), target.getType())) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, named));
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .forEach(parts -> parts.forEach(part -> visit(part, named)));
        visit(schema.getItems(), named);
        visit(schema.getAdditionalPropertiesSchema(), named);
    }

    /** The schemas at the top of the document's trees: components, parameters, bodies, answers and their headers. */
    private static List<Schema> allSchemas(OpenAPI document) {
        List<Schema> schemas = new ArrayList<>(document.getComponents().getSchemas().values());
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(parameter -> schemas.add(parameter.getSchema()));
                }
                item.getOperations().values().forEach(operation -> addOperation(operation, schemas));
            });
        }
        return schemas;
    }

    private static void addOperation(Operation operation, List<Schema> schemas) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).forEach(schemas::add);
        }
        if (operation.getRequestBody() != null) {
            addContent(operation.getRequestBody().getContent(), schemas);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                addContent(response.getContent(), schemas);
                if (response.getHeaders() != null) {
                    response.getHeaders().values().stream().map(Header::getSchema).forEach(schemas::add);
                }
            }
        }
    }

    private static void addContent(Content content, List<Schema> schemas) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(schemas::add);
        }
    }
}
