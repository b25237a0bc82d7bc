package vn.ngoaid.partner.security;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.ngoaid.common.security.Roles;
import vn.ngoaid.devtoken.DevTokens;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.partner.Fixtures.association;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.twinning;

/**
 * The callers of the security tests, each with a token of its own (or none), and the records they write. Records are
 * set up with the suite's default token (subject {@code test-suite}, a coordinator).
 */
final class Callers {

    /** The province of the records in the tests: Lạng Sơn. */
    static final String RECORD_PROVINCE = "20";
    /** Another province: Quảng Ninh. */
    static final String OTHER_PROVINCE = "22";
    /** Subject of the default token every other request carries. */
    static final String SETUP_SUBJECT = "test-suite";

    private Callers() {
    }

    enum Who {
        COORDINATOR(Roles.COORDINATOR, null),
        OFFICER_OF_RECORD_PROVINCE(Roles.PROVINCE_OFFICER, RECORD_PROVINCE),
        OFFICER_OF_OTHER_PROVINCE(Roles.PROVINCE_OFFICER, OTHER_PROVINCE),
        OFFICER_WITHOUT_PROVINCE(Roles.PROVINCE_OFFICER, null),
        VIEWER(Roles.VIEWER, null),
        REGISTRY_OFFICER(Roles.REGISTRY_OFFICER, null),
        ANONYMOUS(null, null);

        final String role;
        final String province;

        Who(String role, String province) {
            this.role = role;
            this.province = province;
        }

        /** The Authorization header for a token of this caller with the subject; empty (no token) for ANONYMOUS. */
        String authorization(String subject) {
            return role == null ? "" : "Bearer " + DevTokens.issue(subject, List.of(role), province, Duration.ofMinutes(10));
        }

        /** Coordinators and province officers (with or without a province) write foreign localities. */
        boolean writesLocalities() {
            return this == COORDINATOR || Roles.PROVINCE_OFFICER.equals(role);
        }

        /** The rule of the services: a coordinator anywhere, a province officer only where every province is its own. */
        boolean writesIn(Collection<String> provinces) {
            if (this == COORDINATOR) {
                return true;
            }
            return Roles.PROVINCE_OFFICER.equals(role) && province != null
                    && provinces.stream().allMatch(province::equals);
        }

        /** The status of a refusal: 401 without a token, 403 with one. */
        int refused() {
            return this == ANONYMOUS ? 401 : 403;
        }
    }

    /** A JSON request with this Authorization header ("" sends none). */
    static RequestSpecification as(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification as(Who who, String subject) {
        return as(who.authorization(subject));
    }

    /** A request with a token for one role (and province), for a subject. */
    static RequestSpecification as(String subject, String role, String province) {
        return as("Bearer " + DevTokens.issue(subject, List.of(role), province, Duration.ofMinutes(10)));
    }

    /** Audit entries (read by the default coordinator token) with these filters, as name, value pairs. */
    static ValidatableResponse audit(Object... filters) {
        return list("/api/v1/audit", filters).statusCode(200);
    }

    static void assertNoAuditEntries(String filter, String value) {
        audit(filter, value).body("totalItems", equalTo(0));
    }

    /** The kinds of records that belong to a province, with a body whose searchable text carries a marker. */
    enum Kind {
        PARTNERSHIP("partnerships", "partnership"),
        AGREEMENT("agreements", "agreement"),
        TWINNING("twinnings", "twinning"),
        EXCHANGE("exchanges", "exchange"),
        ASSOCIATION("friendship-associations", "friendship-association");

        final String path;
        final String entityType;

        Kind(String resource, String entityType) {
            this.path = "/api/v1/" + resource;
            this.entityType = entityType;
        }

        /** A valid new record of the province; `q=marker` finds it. Creates the locality it needs. */
        Map<String, Object> body(String province, String marker) {
            return switch (this) {
                case PARTNERSHIP -> {
                    Map<String, Object> body = partnership(province, createLocality("LA"), "FRIENDSHIP", "2020-01-01");
                    body.put("note", "Security " + marker);
                    yield body;
                }
                case AGREEMENT -> vn.ngoaid.partner.Fixtures.agreement(province, byName("Party " + marker, "CN"),
                        "Agreement " + marker, "2020-01-01");
                case TWINNING -> twinning(province, "Thôn " + marker, "VILLAGE", "Cun " + marker, "VILLAGE",
                        createLocality("CN"), "2020-01-01");
                case EXCHANGE -> {
                    Map<String, Object> body = exchange(province, "INBOUND", "Visit " + marker, "2020-01-01");
                    body.put("countryCode", "CN");
                    yield body;
                }
                case ASSOCIATION -> association(province, "Association " + marker, "CN", 10);
            };
        }

        /** The same record with one field changed, as a PUT sends it. */
        Map<String, Object> changed(Map<String, Object> body, String province) {
            body.put("province", province);
            switch (this) {
                case PARTNERSHIP, AGREEMENT, TWINNING -> body.put("note", "Changed by a PUT");
                case EXCHANGE -> body.put("purpose", "Changed by a PUT");
                case ASSOCIATION -> body.put("members", 11);
            }
            return body;
        }
    }
}
