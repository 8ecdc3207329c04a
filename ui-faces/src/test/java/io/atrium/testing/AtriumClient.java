package io.atrium.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Talks to an Atrium server over HTTP: REST calls as the administrator, and browser sessions. */
public final class AtriumClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** The view state a Faces partial response hands back. */
  private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
      "<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

  private final URI base;
  private final String adminPassword;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  /** Creates a client for the server at {@code base}. */
  public AtriumClient(URI base, String adminPassword) {
    this.base = base;
    this.adminPassword = adminPassword;
  }

  /** The server's base URI. */
  public URI base() {
    return base;
  }

  /**
   * Waits until the kernel has booted (it boots on its own thread after the deployment is up);
   * readiness may still be DOWN afterwards because of a plugin's health check.
   */
  public void awaitReady() {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String report = "";
    while (System.nanoTime() < deadline) {
      report = send(request("/health/ready").GET()).body();
      if (!report.contains("\"starting\"")) {
        return;
      }
      sleep(100);
    }
    throw new IllegalStateException("The kernel did not finish booting within " + TIMEOUT + ": " + report);
  }

  /** A request to a path, authenticated as the administrator with HTTP basic credentials. */
  public HttpRequest.Builder asAdmin(String path) {
    return request(path).header("Authorization", basic("admin", adminPassword));
  }

  /** A request to a path with another user's HTTP basic credentials. */
  public HttpRequest.Builder as(String username, String password, String path) {
    return request(path).header("Authorization", basic(username, password));
  }

  /** A request to a path with an API token. */
  public HttpRequest.Builder withToken(String token, String path) {
    return request(path).header("Authorization", "Bearer " + token);
  }

  /** PUT of JSON as the administrator. */
  public HttpResponse<String> putJson(String path, String json) {
    return send(asAdmin(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request without credentials. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path)).timeout(TIMEOUT);
  }

  /** Sends a request and returns the response with its body as text. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET as the administrator. */
  public HttpResponse<String> get(String path) {
    return send(asAdmin(path).GET());
  }

  /** POST of JSON as the administrator. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(asAdmin(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POST without a body as the administrator. */
  public HttpResponse<String> post(String path) {
    return send(asAdmin(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** DELETE as the administrator. */
  public HttpResponse<String> delete(String path) {
    return send(asAdmin(path).DELETE());
  }

  /** Uploads a plugin jar as the request body. */
  public HttpResponse<String> upload(Path jar) {
    try {
      return upload(Files.readAllBytes(jar), jar.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Uploads plugin bytes as the request body. */
  public HttpResponse<String> upload(byte[] jar, String fileName) {
    // like curl, wait for the server's go-ahead before sending a body it may refuse
    return send(asAdmin("/api/v1/plugins?filename=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8))
        .expectContinue(true)
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(jar)));
  }

  /** Uploads a plugin jar as multipart form data in the field "file", as a browser form would. */
  public HttpResponse<String> uploadForm(byte[] jar, String fileName) {
    String boundary = "----atrium" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + jar.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(jar, 0, body, head.length, jar.length);
    System.arraycopy(tail, 0, body, head.length + jar.length, tail.length);
    return send(asAdmin("/api/v1/plugins").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** The JSON object of a plugin from GET /api/v1/plugins, or null when not installed. */
  public JsonObject plugin(String id) {
    JsonArray plugins = json(get("/api/v1/plugins")).asJsonArray();
    return plugins.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("id").equals(id)).findFirst()
        .orElse(null);
  }

  /** Waits until a condition on a plugin holds, returning how long it took. */
  public Duration awaitPlugin(String id, Predicate<JsonObject> condition, Duration timeout) {
    Instant start = Instant.now();
    Instant deadline = start.plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (condition.test(plugin(id))) {
        return Duration.between(start, Instant.now());
      }
      sleep(100);
    }
    throw new AssertionError("Plugin " + id + " did not reach the expected state within " + timeout + "; now: "
        + plugin(id));
  }

  /** Removes every plugin installed from the data folder, so a test starts clean. */
  public void uninstallAllDataPlugins() {
    for (var value : json(get("/api/v1/plugins")).asJsonArray()) {
      JsonObject plugin = value.asJsonObject();
      if (!plugin.getBoolean("builtIn")) {
        delete("/api/v1/plugins/" + plugin.getString("id"));
      }
    }
  }

  /** Parses a JSON body. */
  public static JsonStructure json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** Signs in through the login form and returns the browser session. */
  public Browser login(String username, String password) {
    Browser browser = new Browser();
    HttpResponse<String> response = browser.postForm("/login.xhtml", Map.of("username", username,
        "password", password));
    if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("login")) {
      throw new AssertionError("Login as " + username + " failed: " + response.statusCode() + " "
          + response.headers().map());
    }
    return browser;
  }

  /** A browser session with cookies. */
  public final class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private String viewState;

    /** The value of a cookie the server set, or null. */
    public String cookie(String name) {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
          .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** GETs a page; the view state of the page is kept for a later ajax call. */
    public HttpResponse<String> get(String path) {
      HttpResponse<String> response = sendIn(request(path).GET());
      Matcher matcher = VIEW_STATE.matcher(response.body());
      if (matcher.find()) {
        viewState = matcher.group(1);
      }
      return response;
    }

    /** POSTs a plain form. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
      return sendIn(request(path).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * Sends a Faces ajax request as PrimeFaces does for a command button of the page last loaded.
     *
     * @param form the form id
     * @param source the button's client id
     * @param fields input values by client id
     */
    public HttpResponse<String> ajax(String path, String form, String source, Map<String, String> fields) {
      return ajax(path, form, source, form, fields);
    }

    /**
     * Sends a Faces ajax request for a button that renders other components than its form, such as
     * one that opens a dialog with a form of its own.
     *
     * @param render the client ids to render, separated by spaces
     */
    public HttpResponse<String> ajax(String path, String form, String source, String render,
        Map<String, String> fields) {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("jakarta.faces.partial.ajax", "true");
      body.put("jakarta.faces.source", source);
      body.put("jakarta.faces.partial.execute", form);
      body.put("jakarta.faces.partial.render", render);
      body.put(source, source);
      body.put(form, form);
      body.putAll(fields);
      body.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
      return keepViewState(sendIn(request(path).header("Content-Type", "application/x-www-form-urlencoded")
          .header("Faces-Request", "partial/ajax")
          .POST(HttpRequest.BodyPublishers.ofString(encode(body)))));
    }

    /**
     * Sends a file as PrimeFaces' advanced file upload does: a multipart ajax request of the form
     * with the file in the part named like the upload component.
     *
     * @param form the form id
     * @param upload the upload component's client id
     * @param fileField the name of the file part
     * @param render the client ids to render, as the component's {@code update}
     */
    public HttpResponse<String> upload(String path, String form, String upload, String fileField, String render,
        String fileName, byte[] content) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put(form, form);
      fields.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.partial.execute", upload);
      fields.put("jakarta.faces.partial.render", render);
      fields.put("jakarta.faces.source", upload);
      // the upload script tells how many files the user chose
      fields.put(upload + "_totalFilesCount", "1");
      String boundary = "----atrium" + System.nanoTime();
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
          + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return keepViewState(sendIn(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .header("Faces-Request", "partial/ajax")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    private HttpResponse<String> keepViewState(HttpResponse<String> response) {
      Matcher matcher = PARTIAL_VIEW_STATE.matcher(response.body());
      if (matcher.find()) {
        viewState = matcher.group(1);
      }
      return response;
    }

    private HttpResponse<String> sendIn(HttpRequest.Builder request) {
      try {
        return session.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Sleeps without checked exceptions. */
  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
