package vn.ngoaid.common.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import tools.jackson.databind.JsonNode;
import vn.ngoaid.common.api.PageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * The JSON answers of a service's GET operations, each validated against the schema its OpenAPI document gives the
 * answer's status: every list (its largest page, newest first where it sorts by {@code createdAt}), and every path
 * with parameters for the first items of the list above it ({@code /projects/{id}}, {@code /projects/{id}/transactions},
 * {@code /exchange-rates/{year}/{currency}}: a parameter is the item's field of its name, else its id); and the error
 * answers of an unknown id and of a bad page size.
 */
final class Answers {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final SchemaValidator validator;
    private final int perList;
    private final List<String> problems = new ArrayList<>();
    /** The body of each 200 answer already checked, by the path asked. */
    private final Map<String, JsonNode> answered = new HashMap<>();

    Answers(SchemaValidator validator, int perList) {
        this.validator = validator;
        this.perList = perList;
    }

    /** Walks every GET of the document answering JSON; the problems found. */
    List<String> walk() {
        validator.document().path("paths").properties().forEach(path -> {
            String template = path.getKey();
            JsonNode get = path.getValue().get("get");
            if (get == null || !get.at("/responses/200/content").has("application/json")) {
                return;
            }
            List<String> instances = instances(template);
            instances.forEach(concrete -> answer(template, concrete));
            List<String> parameters = parameters(template);
            if (!parameters.isEmpty() && parameters.stream().allMatch(name -> isUuid(get, name))) {
                String unknown = PARAMETER.matcher(template).replaceAll(m -> UUID.randomUUID().toString());
                check(template, unknown, json().queryParams(requiredQuery(get)).get(unknown));
            }
            if (declares(get, "size") && !instances.isEmpty()) {
                String list = instances.get(0);
                check(template, list + "?size=0", json().queryParams(requiredQuery(get)).queryParam("size", 0).get(list));
            }
        });
        return problems;
    }

    /** How many answers were validated. */
    int count() {
        return validator.checked();
    }

    /**
     * The paths to ask for a template: itself without parameters; with them, filled from the first items of the list
     * above it (none when that list is empty).
     */
    private List<String> instances(String template) {
        Matcher last = PARAMETER.matcher(template);
        int start = -1;
        int end = -1;
        while (last.find()) {
            // the run of parameters at the end: /exchange-rates/{year}/{currency}
            start = start >= 0 && last.start() == end + 1 ? start : last.start();
            end = last.end();
        }
        if (start < 0) {
            return List.of(template);
        }
        String parent = template.substring(0, start - 1);
        List<String> run = parameters(template.substring(start, end));
        List<String> found = new ArrayList<>();
        for (String list : instances(parent)) {
            JsonNode page = validator.document().path("paths").path(parent).has("get") ? answer(parent, list) : null;
            if (page == null) {
                continue;
            }
            int taken = 0;
            for (JsonNode item : page.path("items")) {
                if (taken++ == perList) {
                    break;
                }
                StringBuilder concrete = new StringBuilder(list);
                run.forEach(name -> concrete.append('/').append(item.path(item.has(name) ? name : "id").asString()));
                found.add(concrete + template.substring(end));
            }
        }
        return found;
    }

    /** The body of the 200 answer to the path (a concrete path of the template), once checked; null otherwise. */
    private JsonNode answer(String template, String concrete) {
        if (answered.containsKey(concrete)) {
            return answered.get(concrete);
        }
        JsonNode get = validator.document().path("paths").path(template).path("get");
        Map<String, Object> query = requiredQuery(get);
        if (declares(get, "size")) {
            query.put("size", PageRequest.MAX_SIZE);
        }
        Response response = null;
        if (declares(get, "sort")) {
            response = json().queryParams(query).queryParam("sort", "createdAt,desc").get(concrete);
            // a list that cannot sort by createdAt says so (400), and is read in its own order
            response = response.statusCode() == 400 ? null : response;
        }
        if (response == null) {
            response = json().queryParams(query).get(concrete);
        }
        check(template, concrete, response);
        JsonNode body = response.statusCode() == 200 ? SchemaValidator.JSON.readTree(response.asByteArray()) : null;
        answered.put(concrete, body);
        return body;
    }

    /** The operation's required query parameters, each with its example. */
    private Map<String, Object> requiredQuery(JsonNode operation) {
        Map<String, Object> query = new HashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()) {
                JsonNode example = parameter.has("example") ? parameter.get("example") : parameter.at("/schema/examples/0");
                if (example.isMissingNode()) {
                    problems.add("no example to send for the required query parameter " + parameter.path("name").asString());
                }
                query.put(parameter.path("name").asString(), example.asString());
            }
        }
        return query;
    }

    private void check(String template, String concrete, Response response) {
        problems.addAll(validator.answerProblems("get", template, concrete, response));
    }

    private static RequestSpecification json() {
        return given().accept("application/json");
    }

    private static List<String> parameters(String template) {
        return PARAMETER.matcher(template).results().map(m -> m.group(1)).toList();
    }

    private static boolean declares(JsonNode operation, String query) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("query") && parameter.path("name").asString().equals(query)) {
                return true;
            }
        }
        return false;
    }

    private boolean isUuid(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("path") && parameter.path("name").asString().equals(name)) {
                return validator.deref(parameter.path("schema")).path("format").asString().equals("uuid");
            }
        }
        return false;
    }
}
