package io.atrium.benchmarks.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Setting a benchmark server up through its REST API as the administrator, failing loudly on any refusal. */
public final class BenchmarkApi {

  private final BenchmarkServer server;

  /** Calls on this server. */
  public BenchmarkApi(BenchmarkServer server) {
    this.server = server;
  }

  /** Waits until {@code GET path} answers 200, e.g. until a built-in plugin has started. */
  public void await(String path, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline)) {
      last = server.get(path);
      if (last.statusCode() == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("GET " + path + " did not answer 200 within " + timeout + ": "
        + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
  }

  /** Creates a user without roles; returns their id. */
  public long createUser(String username, String password) {
    HttpResponse<String> created = created(server.postJson("/api/v1/users", "{\"username\": \"" + username
        + "\", \"displayName\": \"" + username + "\", \"password\": \"" + password + "\"}"), "POST /api/v1/users");
    return json(created.body()).getJsonNumber("id").longValue();
  }

  /** Issues an API token for a user (signed in by their password) and returns its secret. */
  public String token(String username, String password) {
    return json(created(server.postJsonAs(username, password, "/api/v1/tokens",
        "{\"name\": \"benchmark\", \"expiresInDays\": 1}"), "POST /api/v1/tokens as " + username).body())
        .getString("token");
  }

  /** The response, unless it is not 201. */
  public HttpResponse<String> created(HttpResponse<String> response, String what) {
    return expect(response, 201, what);
  }

  /** The response, unless it is not 200. */
  public HttpResponse<String> ok(HttpResponse<String> response, String what) {
    return expect(response, 200, what);
  }

  /** Parses a JSON object. */
  public static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + " instead of " + status + ": "
          + response.body());
    }
    return response;
  }
}
