package vn.ngoaid.common.api;

/**
 * Strong ETags made from an entity's optimistic-lock version and the If-Match check of every PUT; weak ETags of
 * computed answers and the If-None-Match check of their GETs.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Throws 428 without an If-Match header, or with {@code *} (it names no version: a client that sends it would
     * overwrite changes it never saw, which is what If-Match is here to prevent), and 412 when it names another version.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw ApiException.preconditionRequired(
                    "An update needs an If-Match header with the ETag of the last GET of this resource (not *).");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches
            if (tag.equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed(
                "The resource has changed since that ETag was read (current ETag " + current + "); read it again.");
    }

    public static String weak(String opaque) {
        return "W/\"" + opaque + "\"";
    }

    /** Whether an If-None-Match header names this tag; it compares weakly (RFC 9110 §13.1.2), so W/ is ignored. */
    public static boolean noneMatchHits(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        for (String candidate : ifNoneMatch.split(",")) {
            String sent = candidate.trim();
            if (sent.equals("*") || (sent.startsWith("W/") ? sent.substring(2) : sent).equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
