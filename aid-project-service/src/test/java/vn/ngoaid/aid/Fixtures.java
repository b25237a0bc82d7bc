package vn.ngoaid.aid;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import vn.ngoaid.common.testing.ApiFixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test data made through the public API. Codes and donor names carry a random token, so tests never see each other's
 * data, in any order and on a second run against the same database.
 */
public final class Fixtures extends ApiFixtures {

    /** JSON numbers with a fraction are read as BigDecimal, exactly as written, never as float. */
    public static final RestAssuredConfig EXACT = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Fixtures() {
    }

    /** A request that sends and accepts JSON and reads decimals exactly. */
    public static RequestSpecification api() {
        return given().config(EXACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    // ----- exchange rates: every test agrees on these values; nobody else may set other values for these years

    /** The standard rates, units per US dollar: year → currency → rate. */
    public static final Map<Integer, Map<String, String>> STANDARD_RATES = Map.of(
            2018, Map.of("VND", "22700", "EUR", "0.85", "JPY", "110.4"),
            2019, Map.of("VND", "23000", "EUR", "0.9", "JPY", "109"),
            2020, Map.of("VND", "23500", "EUR", "0.875", "JPY", "106.8"),
            2021, Map.of("VND", "23200", "EUR", "0.85", "JPY", "110"));

    /**
     * Puts the standard rates (idempotent: the same values every time). Each test class may run on a fresh application
     * and database, so this asks the service rather than trusting a flag: when the last rate written is there, all are.
     */
    public static void standardRates() {
        boolean present = given().config(EXACT).get("/api/v1/exchange-rates/2021/VND").then().extract().statusCode() == 200;
        if (present) {
            return;
        }
        for (int year : new java.util.TreeSet<>(STANDARD_RATES.keySet())) {
            for (String currency : new java.util.TreeSet<>(STANDARD_RATES.get(year).keySet())) {
                rate(year, currency, STANDARD_RATES.get(year).get(currency));
            }
        }
    }

    /** The standard rate of a currency in a year; USD is 1. */
    public static BigDecimal standardRate(String currency, int year) {
        if (currency.equals("USD")) {
            return BigDecimal.ONE;
        }
        String rate = STANDARD_RATES.get(year).get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no standard rate for " + currency + " in " + year);
        }
        return new BigDecimal(rate);
    }

    public static void rate(int year, String currency, String unitsPerUsd) {
        given().contentType(ContentType.JSON).body(Map.of("unitsPerUsd", new BigDecimal(unitsPerUsd)))
                .put("/api/v1/exchange-rates/" + year + "/" + currency).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    // ----- projects

    /**
     * A valid APPROVED project of an embassy fund (a donor outside the registry, so no registry call), in province 12,
     * sector 11120, in VND. Tests change what they need.
     */
    public static Map<String, Object> project() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "T-" + token());
        body.put("title", "School works " + token());
        body.put("localTitle", "Xây dựng trường học xã Bản Lang");
        body.put("donor", donorOutsideRegistry("Đại sứ quán Trung Quốc " + token(), "EMBASSY", "CN"));
        body.put("modality", "PROJECT");
        body.put("sectors", List.of(Map.of("code", "11120", "percentage", 100)));
        body.put("locations", List.of(Map.of("province", "12", "district", "Phong Thổ", "percentage", 100)));
        body.put("approvalLevel", "PROVINCIAL");
        body.put("approvalDecision", Map.of("number", "512/QĐ-UBND", "date", "2019-04-22",
                "authority", "Ủy ban nhân dân tỉnh Lai Châu"));
        body.put("startDate", "2019-05-01");
        body.put("endDate", "2020-08-31");
        body.put("status", "APPROVED");
        body.put("currency", "VND");
        return body;
    }

    /** {@link #project()} in another currency. */
    public static Map<String, Object> project(String currency) {
        return with(project(), "currency", currency);
    }

    public static Map<String, Object> donorOutsideRegistry(String name, String type, String country) {
        return fields("name", name, "type", type, "countryCode", country);
    }

    /**
     * Makes the registry stub say the organization is eligible in each province on the day, and returns the donor
     * object of a project body naming it.
     */
    public static Map<String, Object> registeredDonor(UUID organization, String name, String country, String type,
                                                      LocalDate on, String... provinces) {
        for (String province : provinces) {
            RegistryStub.eligible(organization, name, country, type, province, on);
        }
        return Map.of("organizationId", organization.toString());
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    /** A planned disbursement of a project body. */
    public static Map<String, Object> plan(int year, String amount) {
        return fields("year", year, "amount", new BigDecimal(amount));
    }

    /** An implementer of a project body, its Vietnamese name left out. */
    public static Map<String, Object> implementer(String name, String type, String role) {
        return fields("name", name, "type", type, "role", role);
    }

    public static Map<String, Object> sector(String code, Object percentage) {
        return fields("code", code, "percentage", percentage);
    }

    public static Map<String, Object> location(String province, String district, Object percentage) {
        return fields("province", province, "district", district, "percentage", percentage);
    }

    public static Map<String, Object> decision(String date) {
        return Map.of("number", "77/QĐ-UBND", "date", date, "authority", "Ủy ban nhân dân tỉnh");
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().config(EXACT).contentType(ContentType.JSON).body(body).post(path).then();
    }

    /**
     * POSTs a project. A registered donor makes the service ask the registry stub, whose first answers after the
     * start can take longer than the client's short timeout on a busy machine: a 503 (nothing stored) is retried a
     * few times, as the API tells clients to.
     */
    public static ValidatableResponse postProject(Map<String, Object> project) {
        Response response = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            response = given().config(EXACT).contentType(ContentType.JSON).body(project).post("/api/v1/projects");
            if (response.statusCode() != 503) {
                break;
            }
            sleep(300L * (attempt + 1));
        }
        return response.then();
    }

    /** Creates the project and returns its id. */
    public static String create(Map<String, Object> project) {
        return postProject(project).log().ifValidationFails().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse getProject(String id) {
        return given().config(EXACT).accept(ContentType.JSON).get("/api/v1/projects/" + id).then();
    }

    public static String etag(String projectId) {
        return getProject(projectId).statusCode(200).extract().header("ETag");
    }

    /** PUT of the whole project with the ETag of a fresh GET. */
    public static ValidatableResponse put(String projectId, Map<String, Object> body) {
        return given().config(EXACT).contentType(ContentType.JSON).header("If-Match", etag(projectId)).body(body)
                .put("/api/v1/projects/" + projectId).then();
    }

    // ----- transactions

    public static Map<String, Object> transactionBody(String type, String date, String amount, String currency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("date", date);
        body.put("amount", new BigDecimal(amount));
        if (currency != null) {
            body.put("currency", currency);
        }
        return body;
    }

    public static ValidatableResponse transaction(String projectId, String type, String date, String amount, String currency) {
        return post("/api/v1/projects/" + projectId + "/transactions", transactionBody(type, date, amount, currency));
    }

    /** Records the transaction, expecting 201, and returns its id. */
    public static String money(String projectId, String type, String date, String amount, String currency) {
        return transaction(projectId, type, date, amount, currency).log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse correction(String projectId, String corrects, String type, String date, String amount,
                                                 String currency) {
        Map<String, Object> body = transactionBody(type, date, amount, currency);
        body.put("correctsTransactionId", corrects);
        return post("/api/v1/projects/" + projectId + "/transactions", body);
    }

    public static int transactionCount(String projectId) {
        return given().accept(ContentType.JSON).get("/api/v1/projects/" + projectId + "/transactions").then()
                .statusCode(200).extract().path("totalItems");
    }

    // ----- numbers

    /** A JSON number equal in value to {@code expected} (scale ignored), whether read as integer or decimal. */
    public static Matcher<Object> decimal(String expected) {
        return decimal(new BigDecimal(expected));
    }

    public static Matcher<Object> decimal(BigDecimal expected) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item, Description mismatch) {
                BigDecimal actual = toDecimal(item);
                if (actual == null || actual.compareTo(expected) != 0) {
                    mismatch.appendText("was ").appendValue(item)
                            .appendText(item == null ? "" : " (" + item.getClass().getSimpleName() + ")");
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to ").appendValue(expected.toPlainString());
            }
        };
    }

    /** A JSON number as BigDecimal; floats are refused so that no test compares inexactly. */
    public static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return new BigDecimal(value.toString());
        }
        if (value == null) {
            return null;
        }
        throw new AssertionError("not an exact number: " + value + " (" + value.getClass() + ")");
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
