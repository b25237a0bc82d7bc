package vn.ngoaid.common.testing;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One generated bad request: method, concrete path (already URL-encoded), query (encoded here), headers, content
 * type and raw body bytes, and the statuses it may be answered with (any 4xx but 401/403 when empty).
 */
final class BadRequest {

    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    final String method;
    final String path;
    final Map<String, String> query = new LinkedHashMap<>();
    /** Header values made at run time (an ETag read just before); a null value leaves the header out. */
    final Map<String, Supplier<String>> headers = new LinkedHashMap<>();
    String contentType;
    /** The body, made at run time (fresh unique names for every case); null: no body. */
    Supplier<byte[]> body;
    Set<Integer> expected = Set.of();
    /** A field the problem must name in {@code errors}; null: any. */
    String namedField;

    BadRequest(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String uri() {
        StringBuilder uri = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> q : query.entrySet()) {
            uri.append(separator).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            separator = "&";
        }
        return uri.toString();
    }

    /** Sends it; returns the response and the body bytes that were sent (for the failure message). */
    Sent send() {
        RequestSpecification spec = RestAssured.given().config(RAW).urlEncodingEnabled(false)
                .accept("application/json, application/problem+json");
        Map<String, String> sentHeaders = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            String v = value.get();
            if (v != null) {
                sentHeaders.put(name, v);
                spec.header(name, v);
            }
        });
        byte[] bytes = null;
        if (body != null) {
            bytes = body.get();
            spec.body(bytes);
        }
        if (contentType != null) {
            spec.contentType(contentType);
        }
        Response response = spec.request(method, uri());
        return new Sent(sentHeaders, bytes, response);
    }

    record Sent(Map<String, String> headers, byte[] body, Response response) {
    }

    /** The request as a reader wants to see it in a failure message: method, URI, headers and the body's start. */
    String describe(Sent sent) {
        byte[] sentBody = sent.body();
        StringBuilder text = new StringBuilder(method).append(' ').append(uri());
        sent.headers().forEach((k, v) -> text.append("\n  ").append(k).append(": ").append(shorten(v, 120)));
        if (contentType != null) {
            text.append("\n  Content-Type: ").append(contentType);
        }
        if (sentBody != null) {
            String shown = new String(sentBody, StandardCharsets.UTF_8);
            text.append("\n  body (").append(sentBody.length).append(" bytes): ").append(shorten(shown, 400));
        }
        return text.toString();
    }

    static String shorten(String text, int max) {
        String visible = text.replaceAll("\\p{Cc}", "\uFFFD");
        return visible.length() <= max ? visible : visible.substring(0, max) + "…(" + visible.length() + " chars)";
    }
}
