package vn.ngoaid.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ngoaid.partner.security.Callers.Kind;
import vn.ngoaid.partner.security.Callers.Who;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ngoaid.partner.Fixtures.PROBLEM_JSON;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.create;
import static vn.ngoaid.partner.Fixtures.json;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.locality;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.security.Callers.OTHER_PROVINCE;
import static vn.ngoaid.partner.security.Callers.RECORD_PROVINCE;
import static vn.ngoaid.partner.security.Callers.SETUP_SUBJECT;
import static vn.ngoaid.partner.security.Callers.as;
import static vn.ngoaid.partner.security.Callers.assertNoAuditEntries;
import static vn.ngoaid.partner.security.Callers.audit;

/**
 * Who may do what, province by province: every caller (role, and province of a province officer) against every
 * operation. Each cell asserts the status; a refused write (401, 403) also asserts that nothing changed: nothing was
 * created, the record's version and province are as before, and the audit trail has no entry for it.
 */
@QuarkusTest
class AccessMatrixTest {

    /** One operation of the table: the status each caller gets, and the request with its checks. */
    record Operation(String name, ToIntFunction<Who> expected, Cell cell) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Cell {
        void run(Who who, String subject, int expected);
    }

    static Stream<Arguments> cells() {
        List<Operation> operations = new ArrayList<>();
        operations.add(new Operation("POST locality",
                who -> who.writesLocalities() ? 201 : who.refused(), AccessMatrixTest::postLocality));
        operations.add(new Operation("PUT locality",
                who -> who.writesLocalities() ? 200 : who.refused(), AccessMatrixTest::putLocality));
        for (Kind kind : Kind.values()) {
            for (String province : List.of(RECORD_PROVINCE, OTHER_PROVINCE)) {
                operations.add(new Operation("POST " + kind.entityType + " in " + province,
                        who -> who.writesIn(List.of(province)) ? 201 : who.refused(),
                        (who, subject, expected) -> post(kind, province, who, subject, expected)));
            }
            operations.add(new Operation("PUT " + kind.entityType + " in " + RECORD_PROVINCE,
                    who -> who.writesIn(List.of(RECORD_PROVINCE)) ? 200 : who.refused(),
                    (who, subject, expected) -> put(kind, RECORD_PROVINCE, RECORD_PROVINCE, who, subject, expected)));
        }
        for (List<String> move : List.of(List.of(RECORD_PROVINCE, OTHER_PROVINCE), List.of(OTHER_PROVINCE, RECORD_PROVINCE))) {
            operations.add(new Operation("PUT partnership moving " + move.get(0) + " to " + move.get(1),
                    who -> who.writesIn(move) ? 200 : who.refused(),
                    (who, subject, expected) -> put(Kind.PARTNERSHIP, move.get(0), move.get(1), who, subject, expected)));
        }
        for (String resource : List.of("localities", "partnerships", "agreements", "twinnings", "exchanges",
                "friendship-associations")) {
            operations.add(new Operation("GET " + resource,
                    who -> who == Who.ANONYMOUS ? 401 : 200,
                    (who, subject, expected) -> read("/api/v1/" + resource, who, subject, expected)));
        }
        operations.add(new Operation("GET a partnership",
                who -> who == Who.ANONYMOUS ? 401 : 200, AccessMatrixTest::readOne));
        operations.add(new Operation("GET statistics (public)",
                who -> 200, (who, subject, expected) -> read("/api/v1/statistics?groupBy=province", who, subject, expected)));
        operations.add(new Operation("GET audit trail",
                who -> who == Who.COORDINATOR ? 200 : who.refused(),
                (who, subject, expected) -> read("/api/v1/audit", who, subject, expected)));
        return operations.stream().flatMap(operation -> Stream.of(Who.values())
                .map(who -> Arguments.of(operation, who)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("cells")
    void cell(Operation operation, Who who) {
        int expected = operation.expected().applyAsInt(who);
        try {
            operation.cell().run(who, "matrix-" + token(), expected);
        } catch (AssertionError e) {
            throw new AssertionError(who + " " + operation + " (expected " + expected + "): " + e.getMessage(), e);
        }
    }

    // ----- the cells

    private static void postLocality(Who who, String subject, int expected) {
        String marker = token();
        ValidatableResponse response = as(who, subject)
                .body(json(locality("Locality " + marker, "CN", "CITY", null)))
                .post("/api/v1/localities").then();
        if (expected == 201) {
            response.statusCode(201).body("createdBy", equalTo(subject)).body("updatedBy", equalTo(subject));
            audit("subject", subject).body("totalItems", equalTo(1)).body("items[0].entityType", equalTo("locality"))
                    .body("items[0].operation", equalTo("CREATE"));
        } else {
            assertRefused(response, expected);
            list("/api/v1/localities", "q", marker).statusCode(200).body("totalItems", equalTo(0));
            assertNoAuditEntries("subject", subject);
        }
    }

    private static void putLocality(Who who, String subject, int expected) {
        Map<String, Object> body = locality("Locality " + token(), "KR", "CITY", null);
        String id = create("/api/v1/localities", body);
        Object before = body.get("vietnameseName");
        body.put("vietnameseName", "Đổi tên");
        ValidatableResponse response = as(who, subject).header("If-Match", "\"0\"").body(json(body))
                .put("/api/v1/localities/" + id).then();
        if (expected == 200) {
            response.statusCode(200).body("version", equalTo(1)).body("vietnameseName", equalTo("Đổi tên"))
                    .body("createdBy", equalTo(SETUP_SUBJECT)).body("updatedBy", equalTo(subject));
            audit("entityId", id, "sort", "recordedAt,asc").body("totalItems", equalTo(2))
                    .body("items[1].operation", equalTo("UPDATE")).body("items[1].subject", equalTo(subject));
        } else {
            assertRefused(response, expected);
            given().get("/api/v1/localities/" + id).then().statusCode(200).body("version", equalTo(0))
                    .body("vietnameseName", equalTo(before))
                    .body("updatedBy", equalTo(SETUP_SUBJECT));
            audit("entityId", id).body("totalItems", equalTo(1)).body("items[0].operation", equalTo("CREATE"));
        }
    }

    private static void post(Kind kind, String province, Who who, String subject, int expected) {
        String marker = token();
        Map<String, Object> body = kind.body(province, marker);
        ValidatableResponse response = as(who, subject).body(json(body)).post(kind.path).then();
        if (expected == 201) {
            String id = response.statusCode(201).body("province", equalTo(province))
                    .body("createdBy", equalTo(subject)).body("updatedBy", equalTo(subject)).extract().path("id");
            audit("subject", subject).body("totalItems", equalTo(1)).body("items[0].entityType", equalTo(kind.entityType))
                    .body("items[0].entityId", equalTo(id)).body("items[0].operation", equalTo("CREATE"));
        } else {
            assertRefused(response, expected);
            list(kind.path, "q", marker).statusCode(200).body("totalItems", equalTo(0));
            assertNoAuditEntries("subject", subject);
        }
    }

    private static void put(Kind kind, String from, String to, Who who, String subject, int expected) {
        Map<String, Object> body = kind.body(from, token());
        String id = create(kind.path, body);
        ValidatableResponse response = as(who, subject).header("If-Match", "\"0\"")
                .body(json(kind.changed(body, to))).put(kind.path + "/" + id).then();
        if (expected == 200) {
            response.statusCode(200).body("version", equalTo(1)).body("province", equalTo(to))
                    .body("createdBy", equalTo(SETUP_SUBJECT)).body("updatedBy", equalTo(subject));
            audit("entityId", id, "sort", "recordedAt,asc").body("totalItems", equalTo(2))
                    .body("items[1].operation", equalTo("UPDATE")).body("items[1].subject", equalTo(subject))
                    .body("items[1].entityType", equalTo(kind.entityType));
        } else {
            assertRefused(response, expected);
            given().get(kind.path + "/" + id).then().statusCode(200).body("version", equalTo(0))
                    .body("province", equalTo(from)).body("updatedBy", equalTo(SETUP_SUBJECT));
            audit("entityId", id).body("totalItems", equalTo(1)).body("items[0].operation", equalTo("CREATE"));
        }
    }

    private static void read(String path, Who who, String subject, int expected) {
        ValidatableResponse response = as(who, subject).get(path).then();
        if (expected == 200) {
            response.statusCode(200);
        } else {
            assertRefused(response, expected);
        }
    }

    private static void readOne(Who who, String subject, int expected) {
        String id = create(Kind.PARTNERSHIP.path, Kind.PARTNERSHIP.body(RECORD_PROVINCE, token()));
        ValidatableResponse response = as(who, subject).get(Kind.PARTNERSHIP.path + "/" + id).then();
        if (expected == 200) {
            response.statusCode(200).body("id", equalTo(id)).body("createdBy", equalTo(SETUP_SUBJECT));
        } else {
            assertRefused(response, expected);
        }
    }

    private static void assertRefused(ValidatableResponse response, int status) {
        assertProblem(response, status).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(status == 401 ? "urn:problem:ngo-aid:unauthenticated" : "urn:problem:ngo-aid:forbidden"));
    }
}
