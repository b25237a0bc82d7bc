package vn.ngoaid.common.api;

/** Strong ETags made from an entity's optimistic-lock version, and the If-Match check of every PUT. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 without an If-Match header and 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired(
                    "An update needs an If-Match header with the ETag of the last GET of this resource.");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed(
                "The resource has changed since that ETag was read (current ETag " + current + "); read it again.");
    }
}
