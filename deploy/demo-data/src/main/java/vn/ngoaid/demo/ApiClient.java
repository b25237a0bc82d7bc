package vn.ngoaid.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ngoaid.devtoken.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/** A small JSON client for one service's public REST API, on {@code java.net.http}. */
final class ApiClient {

    /** Header the services set on an answer replayed for a known {@code Idempotency-Key}. */
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_RETRIES_ON_503 = 4;

    private final URI base;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * The loader acts as one subject, {@code demo-loader}, with the roles its writes need, signed with the development
     * key: the services accept it when they run in the dev profile, as deploy/run.sh starts them.
     */
    private static final String TOKEN = DevTokens.issue("demo-loader",
            List.of("coordinator", "registry-officer"), null, Duration.ofHours(2));

    ApiClient(String baseUrl, ObjectMapper json) {
        String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.base = URI.create(trimmed);
        this.json = json;
    }

    URI base() {
        return base;
    }

    /**
     * An answer: status, body (parsed when JSON, else a text node), whether it was an idempotent replay and its
     * {@code ETag} header (null without one).
     */
    record Answer(String method, String path, int status, JsonNode body, boolean replayed, String etag) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Throws a {@link LoadFailure} that prints the whole answer unless it is a 2xx. */
        Answer requireOk(String what) {
            if (!ok()) {
                throw failure(what);
            }
            return this;
        }

        LoadFailure failure(String what) {
            return new LoadFailure(what + ": " + method + " " + path + " answered " + status + " " + body);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), "GET", path);
    }

    Answer post(String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, "POST", path);
    }

    Answer put(String path, Object body) {
        return put(path, body, null);
    }

    /** A PUT with {@code If-Match} (when {@code ifMatch} is not null), as a replace of a versioned resource needs. */
    Answer put(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request, "PUT", path);
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body, e);
        }
    }

    /** A short digest of a text, to make an Idempotency-Key of what a request stands for. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    /**
     * Sends the request; a 503 (a service it depends on did not answer, nothing was stored) is tried again a few
     * times, a second apart, with the same headers, Idempotency-Key included.
     */
    private Answer send(HttpRequest.Builder request, String method, String path) {
        request.header("Accept", "application/json").header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(60));
        Answer answer = sendOnce(request, method, path);
        for (int retry = 1; answer.status() == 503 && retry <= MAX_RETRIES_ON_503; retry++) {
            try {
                Thread.sleep(1000L * retry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadFailure(method + " " + base + path + " interrupted");
            }
            answer = sendOnce(request, method, path);
        }
        return answer;
    }

    private Answer sendOnce(HttpRequest.Builder request, String method, String path) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoadFailure(method + " " + base + path + " failed: " + e
                    + " (is the service running at " + base + "?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure(method + " " + base + path + " interrupted");
        }
        JsonNode body;
        try {
            body = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        } catch (JsonProcessingException e) {
            body = json.getNodeFactory().textNode(response.body());
        }
        boolean replayed = response.headers().firstValue(REPLAYED).map("true"::equalsIgnoreCase).orElse(false);
        return new Answer(method, path, response.statusCode(), body, replayed,
                response.headers().firstValue("ETag").orElse(null));
    }
}
