package vn.ngoaid.common.api;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Answers that carry the resource's ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(version))).build();
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(version))).build();
    }
}
