package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in each secured operation's description which roles may call it, and leaves its security requirement without
 * scopes: the roles are claims of a bearer token, not OAuth scopes, and Swagger UI would offer them as scopes to
 * pick. Runs after the filters that add security requirements.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 20)
public class SecurityRoles implements OASFilter {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return operation;
        }
        TreeSet<String> roles = new TreeSet<>();
        List<SecurityRequirement> withoutScopes = requirements.stream().map(requirement -> {
            SecurityRequirement plain = OASFactory.createSecurityRequirement();
            for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                roles.addAll(resolved(scheme.getValue()));
                plain.addScheme(scheme.getKey(), List.of());
            }
            return plain;
        }).toList();
        operation.setSecurity(withoutScopes);
        String who = roles.isEmpty() ? "Any valid token."
                : "Roles: " + String.join(", ", roles.stream().map(role -> "`" + role + "`").toList()) + ".";
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n") + who);
        return operation;
    }

    /** The roles as configured: {@code @RolesAllowed("${ngoaid.record-writers}")} names a property, not a role. */
    private static List<String> resolved(List<String> roles) {
        List<String> resolved = new ArrayList<>();
        for (String role : roles) {
            Matcher property = PROPERTY.matcher(role);
            resolved.addAll(property.matches()
                    ? ConfigProvider.getConfig().getOptionalValues(property.group(1), String.class).orElse(List.of(role))
                    : List.of(role));
        }
        return resolved;
    }
}
