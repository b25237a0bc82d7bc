package vn.ngoaid.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.security.Caller;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a {@code POST} at most once per {@code Idempotency-Key}. The key is claimed with an insert in the same
 * transaction as the write, so two tries arriving together are serialised by the primary key: the second waits,
 * then replays the first answer. A failed first try rolls its claim back, leaving the key free for a retry.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Caller caller;

    public Idempotency(EntityManager em, ObjectMapper json, Caller caller) {
        this.em = em;
        this.json = json;
        this.caller = caller;
    }

    /**
     * @param key     the header's value, or null for a request without one
     * @param operation method and path, e.g. {@code POST /api/v1/organizations}
     * @param request the request body, hashed to recognise a reuse of the key with another body
     * @param action  performs the write and builds the answer
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        // a key belongs to its caller: another subject reusing it is a new request, checked and refused as such
        String scope = caller.subject() + " " + operation;
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("""
                        INSERT INTO idempotency_record (scope, idempotency_key, request_hash) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, hash);
        }
        Response response = action.get();
        em.createNativeQuery("""
                        UPDATE idempotency_record SET response_status = ?3, response_body = ?4, response_location = ?5,
                               response_etag = ?6
                        WHERE scope = ?1 AND idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, write(response.getEntity()))
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.getHeaderString(HttpHeaders.ETAG))
                .executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT request_hash, response_status, response_body, response_location, response_etag
                        FROM idempotency_record WHERE scope = ?1 AND idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ApiException.ruleBroken("Idempotency-Key '" + key
                    + "' was already used with a different request body; use a new key for a new request.");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true");
        if (row[3] != null) {
            replay.location(URI.create((String) row[3]));
        }
        if (row[4] != null) {
            replay.header(HttpHeaders.ETAG, row[4]);
        }
        return replay.build();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
