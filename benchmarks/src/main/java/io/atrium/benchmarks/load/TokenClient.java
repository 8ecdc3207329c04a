package io.atrium.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One client of measured REST calls with an API token. Blocking {@code HttpURLConnection} over the
 * JDK's keep-alive cache: the clients share the server's two processors, and java.net.http's
 * asynchronous machinery spent about as much CPU per call as the server did.
 */
public final class TokenClient {
  static {
    // the keep-alive cache holds 5 idle connections per server by default: one per client thread
    System.setProperty("http.maxConnections", "64");
  }

  private final String base;
  private final String authorization;

  /** A client of the server's REST API signed in by the token's secret. */
  public TokenClient(BenchmarkServer server, String token) {
    this.base = server.baseUrl();
    this.authorization = "Bearer " + token;
  }

  /** Sends a request; throws unless it answered {@code status}. Returns the body. */
  public String send(String method, String path, String json, int status) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(30_000);
    connection.setInstanceFollowRedirects(false);
    connection.setRequestProperty("Accept", "application/json");
    connection.setRequestProperty("Authorization", authorization);
    if (json != null) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
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
        throw new IllegalStateException(method + " " + path + " answered " + code + ": " + answer);
      }
      return answer;
    }
  }
}
