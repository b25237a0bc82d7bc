package vn.ngoaid.clients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every flow reads off an answer, whichever service's generated client gave it. */
final class Flows {

    private Flows() {
    }

    /** A response header (java.net.http keeps header names in lower case). */
    static String header(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A fresh idempotency key, as a client makes one per logical write. */
    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
