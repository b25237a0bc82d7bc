package vn.ngoaid.common.security;

/** The roles a token may carry (claim {@code groups}, or the claim named by JWT_ROLES_CLAIM). */
public final class Roles {

    /** National scope: reads everything, writes exchange rates and any project, transaction or partner record. */
    public static final String COORDINATOR = "coordinator";
    /** Keeps the registry of organizations and their registrations. */
    public static final String REGISTRY_OFFICER = "registry-officer";
    /** Writes the records of the province named by the token's {@code province} claim. */
    public static final String PROVINCE_OFFICER = "province-officer";
    /** Reads. */
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
