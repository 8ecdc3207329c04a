package io.atrium.benchmarks.forms;

import io.atrium.benchmarks.load.BenchmarkServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The forms REST API as the benchmarks call it: setting up as the administrator (basic
 * credentials), and the measured calls with an API token over one keep-alive HTTP/1.1 connection
 * per client.
 */
final class FormsApi {

  private FormsApi() {
  }

  /** Waits until the built-in forms plugin answers {@code GET /api/v1/forms}. */
  static void awaitForms(BenchmarkServer server, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline)) {
      last = server.get("/api/v1/forms");
      if (last.statusCode() == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The forms plugin did not answer within " + timeout + ": "
        + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
  }

  /** Issues an API token for the administrator and returns its secret. */
  static String token(BenchmarkServer server) {
    HttpResponse<String> issued = expect(server.postJson("/api/v1/tokens",
        "{\"name\": \"forms benchmark\", \"expiresInDays\": 1}"), 201, "POST /api/v1/tokens");
    return json(issued.body()).getString("token");
  }

  /** Creates the benchmark form and publishes it. */
  static void createAndPublish(BenchmarkServer server) {
    expect(server.postJson("/api/v1/forms", BenchForm.schema("")), 201, "POST /api/v1/forms");
    publish(server);
  }

  /** Saves a new draft of the benchmark form. */
  static void saveDraft(BenchmarkServer server, String schema) {
    expect(server.putJson("/api/v1/forms/" + BenchForm.KEY, schema), 200, "PUT /api/v1/forms/" + BenchForm.KEY);
  }

  /** Publishes the draft; returns the answer. */
  static HttpResponse<String> publish(BenchmarkServer server) {
    return expect(server.postJson("/api/v1/forms/" + BenchForm.KEY + "/publish", ""), 200,
        "POST /api/v1/forms/" + BenchForm.KEY + "/publish");
  }

  /** One client's connection with the token: its own HttpClient, so its own keep-alive connection. */
  static final class Client {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String authorization;

    Client(BenchmarkServer server, String token) {
      this.base = server.baseUrl() + "/api/v1/forms/" + BenchForm.KEY + "/records";
      this.authorization = "Bearer " + token;
    }

    /** Creates a record; throws unless it was created. */
    void create(String json) throws IOException, InterruptedException {
      send(request("").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), 201);
    }

    /** Lists a page; throws unless it answered 200. Returns the body. */
    String list(String query) throws IOException, InterruptedException {
      return send(request("?" + query).GET(), 200);
    }

    private HttpRequest.Builder request(String suffix) {
      return HttpRequest.newBuilder(URI.create(base + suffix)).timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json").header("Authorization", authorization);
    }

    private String send(HttpRequest.Builder request, int status) throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != status) {
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
            + response.statusCode() + ": " + response.body());
      }
      return response.body();
    }
  }

  static JsonObject json(String body) {
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
