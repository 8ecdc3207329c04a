package io.atrium.benchmarks.forms;

import io.atrium.benchmarks.load.BenchmarkApi;
import io.atrium.benchmarks.load.BenchmarkServer;
import io.atrium.benchmarks.load.TokenClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

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
    new BenchmarkApi(server).await("/api/v1/forms", timeout);
  }

  /** Issues an API token for the administrator and returns its secret. */
  static String token(BenchmarkServer server) {
    return new BenchmarkApi(server).token("admin", BenchmarkServer.ADMIN_PASSWORD);
  }

  /** Creates the benchmark form and publishes it. */
  static void createAndPublish(BenchmarkServer server) {
    new BenchmarkApi(server).created(server.postJson("/api/v1/forms", BenchForm.schema("")), "POST /api/v1/forms");
    publish(server);
  }

  /** Saves a new draft of the benchmark form. */
  static void saveDraft(BenchmarkServer server, String schema) {
    new BenchmarkApi(server).ok(server.putJson("/api/v1/forms/" + BenchForm.KEY, schema),
        "PUT /api/v1/forms/" + BenchForm.KEY);
  }

  /** Publishes the draft; returns the answer. */
  static HttpResponse<String> publish(BenchmarkServer server) {
    return new BenchmarkApi(server).ok(server.postJson("/api/v1/forms/" + BenchForm.KEY + "/publish", ""),
        "POST /api/v1/forms/" + BenchForm.KEY + "/publish");
  }

  /** One client of the measured calls on the benchmark form's records, with the token. */
  static final class Client {
    private final TokenClient client;
    private final String records;

    Client(BenchmarkServer server, String token) {
      this.client = new TokenClient(server, token);
      this.records = "/api/v1/forms/" + BenchForm.KEY + "/records";
    }

    /** Creates a record; throws unless it was created. */
    void create(String json) throws IOException {
      client.send("POST", records, json, 201);
    }

    /** Lists a page; throws unless it answered 200. Returns the body. */
    String list(String query) throws IOException {
      return client.send("GET", records + "?" + query, null, 200);
    }
  }

  static JsonObject json(String body) {
    return BenchmarkApi.json(body);
  }
}
