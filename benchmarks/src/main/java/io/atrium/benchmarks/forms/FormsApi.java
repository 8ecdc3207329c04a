package io.atrium.benchmarks.forms;

import io.atrium.benchmarks.load.BenchmarkServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.io.StringReader;
import java.net.URI;
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

  /**
   * One client of the measured calls, with the token. Blocking {@code HttpURLConnection} over the
   * JDK's keep-alive cache: the clients share the server's two processors, and java.net.http's
   * asynchronous machinery spent about as much CPU per call as the server did.
   */
  static final class Client {
    static {
      // the keep-alive cache holds 5 idle connections per server by default: one per client thread
      System.setProperty("http.maxConnections", "64");
    }

    private final String base;
    private final String authorization;

    Client(BenchmarkServer server, String token) {
      this.base = server.baseUrl() + "/api/v1/forms/" + BenchForm.KEY + "/records";
      this.authorization = "Bearer " + token;
    }

    /** Creates a record; throws unless it was created. */
    void create(String json) throws IOException {
      send("POST", "", json.getBytes(StandardCharsets.UTF_8), 201);
    }

    /** Lists a page; throws unless it answered 200. Returns the body. */
    String list(String query) throws IOException {
      return send("GET", "?" + query, null, 200);
    }

    private String send(String method, String suffix, byte[] body, int status) throws IOException {
      HttpURLConnection connection = (HttpURLConnection) URI.create(base + suffix).toURL().openConnection();
      connection.setRequestMethod(method);
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(30_000);
      connection.setInstanceFollowRedirects(false);
      connection.setRequestProperty("Accept", "application/json");
      connection.setRequestProperty("Authorization", authorization);
      if (body != null) {
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = connection.getOutputStream()) {
          out.write(body);
        }
      }
      int code = connection.getResponseCode();
      // reading the answer to its end returns the connection to the keep-alive cache
      try (InputStream in = code >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (code != status) {
          throw new IllegalStateException(method + " " + base + suffix + " answered " + code + ": " + answer);
        }
        return answer;
      }
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
