package vn.ngoaid.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ngoaid.demo.AidLoader.DecisionSeed;
import vn.ngoaid.demo.AidLoader.DonorSeed;
import vn.ngoaid.demo.AidLoader.ImplementerSeed;
import vn.ngoaid.demo.AidLoader.LocationSeed;
import vn.ngoaid.demo.AidLoader.PlannedSeed;
import vn.ngoaid.demo.AidLoader.ProjectSeed;
import vn.ngoaid.demo.AidLoader.SectorSeed;
import vn.ngoaid.demo.AidLoader.Seeds;
import vn.ngoaid.demo.AidLoader.TransactionSeed;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project the demo loaded before its seed had a plan and implementers (and that someone has edited since) gets them
 * by a PUT of the project as the service answers it, with If-Match and without a status; a second load finds them
 * there and writes nothing. The service is a stub on the JDK's HTTP server.
 */
class AidLoaderRevisionTest {

    private static final ObjectMapper JSON = DemoLoader.objectMapper();
    private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID DONOR = UUID.fromString("00000000-0000-0000-0000-0000000000d0");

    private HttpServer server;
    private ObjectNode project;
    private int version = 3;
    private final List<String> requests = new ArrayList<>();
    private final List<JsonNode> puts = new ArrayList<>();
    private final List<String> ifMatches = new ArrayList<>();

    private static final ProjectSeed SEED = new ProjectSeed("LS-2011-001", "Scholarships for poor pupils", null,
            new DonorSeed("DE/Terre des Hommes Deutschland", null, null, null), "NON_PROJECT",
            List.of(new SectorSeed("11220", new BigDecimal("100"))),
            List.of(new LocationSeed("20", "Tràng Định", new BigDecimal("100"))), "PROVINCIAL",
            new DecisionSeed("15/QĐ-UBND", LocalDate.of(2011, 1, 4), "Ủy ban nhân dân tỉnh Lạng Sơn"),
            LocalDate.of(2011, 1, 20), LocalDate.of(2012, 12, 31), "COMPLETED", "EUR",
            List.of(new PlannedSeed(2011, new BigDecimal("24000")), new PlannedSeed(2012, new BigDecimal("21500"))),
            List.of(new ImplementerSeed("Lang Son Provincial People's Committee", "Ủy ban nhân dân tỉnh Lạng Sơn",
                            "PROVINCIAL_PEOPLES_COMMITTEE", "MANAGING_AGENCY"),
                    new ImplementerSeed("Trang Dinh District People's Committee", "Ủy ban nhân dân huyện Tràng Định",
                            "DISTRICT", "PROJECT_OWNER")),
            List.of(new TransactionSeed("COMMITMENT", LocalDate.of(2011, 1, 25), new BigDecimal("45000"), "EUR", "Cam kết")));

    @BeforeEach
    void startTheStub() throws IOException {
        // as the service writes them: percentages with its four decimals
        JsonNode sectors = JSON.readTree("[{\"code\": \"11220\", \"percentage\": 100.0000}]");
        JsonNode locations = JSON.readTree("[{\"province\": \"20\", \"district\": \"Tràng Định\", \"percentage\": 100.0000}]");
        project = JSON.createObjectNode();
        project.put("id", PROJECT.toString()).put("code", SEED.code()).put("title", "Scholarships (title edited by hand)");
        project.putObject("donor").put("organizationId", DONOR.toString()).put("name", "Terre des Hommes Deutschland")
                .put("type", "INGO").put("countryCode", "DE");
        project.put("modality", "NON_PROJECT");
        project.set("sectors", sectors);
        project.set("locations", locations);
        project.put("approvalLevel", "PROVINCIAL");
        project.set("approvalDecision", JSON.valueToTree(SEED.approvalDecision()));
        project.put("startDate", "2011-01-20").put("endDate", "2012-12-31").put("status", "COMPLETED")
                .put("currency", "EUR").putNull("partnerLocalityId");
        project.putArray("plannedDisbursements");
        project.putArray("implementers");
        project.putObject("totals").put("committed", 45000).put("disbursed", 0).put("currency", "EUR");
        project.put("createdAt", "2026-01-05T10:00:00Z");

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopTheStub() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod(), path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        requests.add(method + " " + path);
        String projectPath = "/api/v1/projects/" + PROJECT;
        int status = 200;
        JsonNode body;
        if (method.equals("GET") && path.equals("/api/v1/projects") && query.contains("q=")) {
            body = page(project);
        } else if (method.equals("GET") && path.equals(projectPath)) {
            exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
            body = project;
        } else if (method.equals("PUT") && path.equals(projectPath)) {
            JsonNode input = JSON.readTree(exchange.getRequestBody());
            puts.add(input);
            ifMatches.add(exchange.getRequestHeaders().getFirst("If-Match"));
            if (("\"" + version + "\"").equals(exchange.getRequestHeaders().getFirst("If-Match"))) {
                project.set("plannedDisbursements", input.get("plannedDisbursements"));
                project.set("implementers", input.get("implementers"));
                version++;
                exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
                body = project;
            } else {
                status = 412;
                body = JSON.createObjectNode().put("title", "stale");
            }
        } else if (method.equals("GET") && path.equals(projectPath + "/transactions")) {
            ObjectNode held = JSON.createObjectNode().put("type", "COMMITMENT").put("date", "2011-01-25")
                    .put("amount", new BigDecimal("45000.00")).put("currency", "EUR");
            body = page(held);
        } else {
            status = 404;
            body = JSON.createObjectNode().put("title", "not in the stub");
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static JsonNode page(JsonNode item) {
        ObjectNode page = JSON.createObjectNode().put("page", 0).put("size", 200).put("totalItems", 1).put("totalPages", 1);
        ((ArrayNode) page.putArray("items")).add(item);
        return page;
    }

    private AidLoader.Result load() {
        ApiClient client = new ApiClient("http://127.0.0.1:" + server.getAddress().getPort(), JSON);
        return new AidLoader(client, JSON, Map.of("DE/Terre des Hommes Deutschland", DONOR))
                .load(new Seeds(List.of(), List.of(SEED)));
    }

    @Test
    void aProjectLoadedBeforeItsPlanGetsItByAPutOfItselfAndASecondLoadWritesNothing() {
        AidLoader.Result first = load();
        assertEquals(1, first.projectsFound());
        assertEquals(1, first.projectsRevised());
        assertEquals(0, first.transactionsCreated());
        assertEquals(1, puts.size(), requests.toString());
        assertEquals("\"3\"", ifMatches.get(0));
        JsonNode put = puts.get(0);
        assertEquals("Scholarships (title edited by hand)", put.path("title").asText(), "the project's own title is kept");
        assertFalse(put.has("status"), "no status: it stays as it is");
        assertFalse(put.has("totals") || put.has("id") || put.has("createdAt"), put.toString());
        assertEquals(JSON.createObjectNode().put("organizationId", DONOR.toString()), put.path("donor"));
        assertEquals("[{\"year\":2011,\"amount\":24000},{\"year\":2012,\"amount\":21500}]",
                put.path("plannedDisbursements").toString(), "the amounts as the data file writes them");
        assertEquals(JSON.valueToTree(SEED.implementers()), put.path("implementers"));
        assertEquals("Tràng Định", put.path("locations").get(0).path("district").asText());
        assertEquals(0, put.path("locations").get(0).path("percentage").decimalValue().compareTo(new BigDecimal(100)));
        assertEquals("11220", put.path("sectors").get(0).path("code").asText());

        requests.clear();
        AidLoader.Result second = load();
        assertEquals(0, second.projectsRevised());
        assertEquals(1, puts.size(), "nothing written again");
        assertTrue(requests.stream().noneMatch(r -> r.equals("GET /api/v1/projects/" + PROJECT)),
                "the list's item shows the plan already: " + requests);
    }

    @Test
    void theServiceAnsweringTheSamePlanInAnotherScaleAndOrderIsNoDifference() {
        ArrayNode plan = JSON.createArrayNode();
        plan.addObject().put("year", 2012).put("amount", new BigDecimal("21500.0000"));
        plan.addObject().put("year", 2011).put("amount", new BigDecimal("24000.00"));
        ArrayNode implementers = JSON.valueToTree(List.of(SEED.implementers().get(1), SEED.implementers().get(0)));
        project.set("plannedDisbursements", plan);
        project.set("implementers", implementers);
        assertTrue(AidLoader.matches(SEED, project));

        assertEquals(0, load().projectsRevised());
        assertTrue(puts.isEmpty(), requests.toString());
    }
}
