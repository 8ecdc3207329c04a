package io.atrium.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the load needs in the server before it starts: a normal role (the hello plugin's
 * permissions, nothing of the admin console), the members who hold it, and greetings that are
 * to-dos of every member. All of it through the REST API and the plugin's page, as an
 * administrator would.
 */
public final class LoadData {

  /** The role every member holds. */
  public static final String ROLE = "bench-staff";
  /** The password of every member. */
  public static final String PASSWORD = "Load-Bench-Pass-2026";
  /** Words every seeded greeting contains; the to-do center check looks for them. */
  public static final String GREETING = "bench greeting";

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)]]>");

  private LoadData() {
  }

  /** The login name of member {@code n} (1-based). */
  public static String member(int n) {
    return String.format(Locale.ROOT, "member%03d", n);
  }

  /**
   * Creates the role and {@code count} members holding it.
   *
   * @return the login names
   */
  public static List<String> createMembers(BenchmarkServer server, int count) {
    expect(server.postJson("/api/v1/roles", "{\"name\":\"" + ROLE + "\",\"description\":\"staff of the load benchmark\","
        + "\"permissions\":[\"hello:greeting:view\",\"hello:greeting:reply\"]}"), 201, "POST /api/v1/roles");
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      String name = member(n);
      expect(server.postJson("/api/v1/users", "{\"username\":\"" + name + "\",\"displayName\":\"成员 " + n
          + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + ROLE + "\"]}"), 201, "POST /api/v1/users " + name);
      names.add(name);
    }
    return names;
  }

  /**
   * Leaves {@code count} greetings on the hello plugin's page as the administrator, the way a
   * browser does (the page's Ajax form), so that members have to-dos to list.
   */
  public static void leaveGreetings(BenchmarkServer server, int count) {
    HttpClient browser = signIn(server, "admin", BenchmarkServer.ADMIN_PASSWORD);
    HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/hello/index.xhtml"))
        .timeout(Duration.ofSeconds(30)).GET());
    expect(page, 200, "GET /hello/index.xhtml");
    Matcher found = VIEW_STATE.matcher(page.body());
    if (!found.find()) {
      throw new IllegalStateException("The hello page has no view state: is the plugin active?");
    }
    String viewState = found.group(1);
    for (int n = 1; n <= count; n++) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", "greetingForm:add");
      fields.put("jakarta.faces.partial.execute", "greetingForm");
      fields.put("jakarta.faces.partial.render", "greetingForm");
      fields.put("greetingForm:add", "greetingForm:add");
      fields.put("greetingForm", "greetingForm");
      fields.put("greetingForm:message", GREETING + " " + n);
      fields.put("jakarta.faces.ViewState", viewState);
      HttpResponse<String> added = send(browser, form(server, "/hello/index.xhtml", fields)
          .header("Faces-Request", "partial/ajax"));
      expect(added, 200, "adding greeting " + n);
      if (!added.body().contains(GREETING + " " + n)) {
        throw new IllegalStateException("Greeting " + n + " was not stored: " + added.body());
      }
      Matcher next = PARTIAL_VIEW_STATE.matcher(added.body());
      if (next.find()) {
        viewState = next.group(1);
      }
    }
  }

  /**
   * Signs a member in and loads each page of the run {@code times} times, one after the other, so
   * that the measured run meets compiled pages and warm code, as users of a running server do.
   */
  public static void warmUp(BenchmarkServer server, String member, int times, String... paths) {
    HttpClient browser = signIn(server, member, PASSWORD);
    for (int i = 0; i < times; i++) {
      for (String path : paths) {
        expect(send(browser, HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .timeout(Duration.ofSeconds(30)).GET()), 200, "warming up " + path);
      }
    }
  }

  /** A browser-like client signed in through the login form: its cookie carries the session. */
  public static HttpClient signIn(BenchmarkServer server, String username, String password) {
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    expect(send(browser, form(server, "/login.xhtml", Map.of("username", username, "password", password))), 302,
        "signing in as " + username);
    return browser;
  }

  private static HttpRequest.Builder form(BenchmarkServer server, String path, Map<String, String> fields) {
    String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + " instead of " + status + ": "
          + response.body());
    }
  }
}
