package vn.ngoaid.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, from the verified bearer token: subject, roles and, for a province officer, the province. The one
 * place where province scope is decided.
 */
@RequestScoped
public class Caller {

    /** The subject recorded for writes made outside a request (there are none through the API). */
    public static final String SYSTEM = "system";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The {@code province} claim of the token, if any. */
    public Optional<String> province() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getClaim("province") != null) {
            Object claim = token.getClaim("province");
            return Optional.of(claim instanceof JsonString text ? text.getString() : claim.toString());
        }
        return Optional.empty();
    }

    /**
     * A coordinator writes anywhere; a province officer only records all of whose provinces are its own ({@code 403}
     * otherwise, also without a province claim); other roles never. @param what names the record for the message.
     */
    public void requireWriteIn(Collection<String> provinces, String what) {
        if (identity.hasRole(Roles.COORDINATOR)) {
            return;
        }
        if (!identity.hasRole(Roles.PROVINCE_OFFICER)) {
            throw new ForbiddenException("Only a coordinator or a province officer may write " + what + ".");
        }
        String own = province().orElseThrow(() -> new ForbiddenException(
                "The token of a province officer must carry a province claim."));
        Set<String> others = new TreeSet<>(provinces);
        others.remove(own);
        if (!others.isEmpty()) {
            throw new ForbiddenException("A province officer of " + own + " writes only records of province " + own
                    + "; " + what + " concerns " + String.join(", ", others) + ".");
        }
    }

    /**
     * The province a read that province officers see only for their own province is limited to: the officer's
     * province (a question about another one is {@code 403}), anyone else's {@code asked} (null: every province).
     */
    public String provinceToRead(String asked) {
        if (!identity.hasRole(Roles.PROVINCE_OFFICER) || identity.hasRole(Roles.COORDINATOR)) {
            return asked;
        }
        String own = province().orElseThrow(() -> new ForbiddenException(
                "The token of a province officer must carry a province claim."));
        if (asked != null && !asked.equals(own)) {
            throw new ForbiddenException("A province officer of " + own + " sees only province " + own + ", not " + asked + ".");
        }
        return own;
    }

    /** The subject of the current request, for entity callbacks that have no injection; {@link #SYSTEM} outside one. */
    public static String currentSubject() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<Caller> caller = Arc.container().instance(Caller.class)) {
            return caller.isAvailable() ? caller.get().subject() : SYSTEM;
        }
    }
}
