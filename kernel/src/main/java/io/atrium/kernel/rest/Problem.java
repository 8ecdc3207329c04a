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
    return of(status, body(status, title, detail));
  }

  /** The members every problem has, for a caller that adds its own (such as a list of errors). */
  public static JsonObjectBuilder body(int status, String title, String detail) {
    JsonObjectBuilder body = Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    return body;
  }

  /** A problem response with the body given. */
  public static Response of(int status, JsonObjectBuilder body) {
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  /**
   * A 500 for an error nobody expected: logged with its stack trace under a short reference, which
   * the answer names instead of the trace.
   */
  public static Response unexpected(java.util.logging.Logger log, Throwable error) {
    String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
    log.log(java.util.logging.Level.SEVERE, "Unexpected error, reference " + reference, error);
    return of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on the server; "
        + "the administrator can find reference " + reference + " in the server log.");
  }
}
