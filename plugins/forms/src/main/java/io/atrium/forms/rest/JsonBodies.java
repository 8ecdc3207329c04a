package io.atrium.forms.rest;

import io.atrium.sdk.rest.BadRequestProblem;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/** The JSON bodies the forms resources share: a request's JSON object, and an RFC 9457 problem answer. */
final class JsonBodies {

  /** Looked up once: {@code Json.create...} would search the class path for a provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final String PROBLEM_JSON = "application/problem+json";

  private JsonBodies() {
  }

  /** The request body as a JSON object; 400 (pointer {@code $}) when it is empty or no JSON object. */
  static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw new BadRequestProblem("$", "The request needs a JSON object as its body");
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException | ArithmeticException e) {
      throw new BadRequestProblem("$", "The body is not a JSON object: " + e.getMessage());
    }
  }

  /** A problem answer ({@code application/problem+json}) with a status, its title and a detail. */
  static Response problem(int status, String title, String detail) {
    JsonObject body = JSON.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
        .add("detail", detail).build();
    return Response.status(status).type(PROBLEM_JSON).entity(body.toString()).build();
  }
}
