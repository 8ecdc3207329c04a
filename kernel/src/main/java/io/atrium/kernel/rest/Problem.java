package io.atrium.kernel.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem responses: a title and a detail that says what went wrong and what to do. */
public final class Problem {

  /** The media type of problem responses. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {
  }

  /** A problem response. */
  public static Response of(Response.Status status, String detail) {
    return of(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  /** A problem response with any status code. */
  public static Response of(int status, String title, String detail) {
    JsonObjectBuilder body = Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}
