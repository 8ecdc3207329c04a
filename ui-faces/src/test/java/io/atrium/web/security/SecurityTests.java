package io.atrium.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.web.portal.KernelViews;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page and every REST call is refused to anonymous callers and to users lacking its
 * permission. The lists come from the server itself — the pages in the deployed WAR and the
 * plugin's bundle, the REST table the server builds from its resources, cross-checked with the
 * OpenAPI document — never from a hand-kept list. Plus the browser-facing defences: escaping,
 * cookies, headers, CSRF and error pages.
 */
public abstract class SecurityTests extends ServerTest {

  private static final String NOBODY_PASSWORD = "N0body-has-rights";

  /**
   * The only REST calls anyone may make without signing in ({@code @PublicAccess}); a new public
   * endpoint fails the enumeration below until it is acknowledged here.
   */
  private static final Set<String> PUBLIC = Set.of("GET /api/v1/forms-intake/{slug}",
      "POST /api/v1/forms-intake/{slug}");

  private String nobody;

  @BeforeEach
  void setUp() {
    if (client.plugin("hello") == null) {
      assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    }
    formsPluginActive();
    nobody = "nobody" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\":\"" + nobody
        + "\",\"displayName\":\"<b>Nobody</b>\",\"password\":\"" + NOBODY_PASSWORD + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  /** Every page of the WAR and of the running plugin, as request paths. */
  private static List<String> pages() throws IOException {
    List<String> pages = new ArrayList<>();
    try (ZipFile war = new ZipFile(System.getProperty("atrium.it.war", "target/atrium.war"))) {
      war.stream().map(e -> e.getName()).filter(n -> n.endsWith(".xhtml") && !n.startsWith("WEB-INF/")
          && !n.startsWith("META-INF/") && !n.startsWith("resources/")).forEach(n -> pages.add("/" + n));
    }
    try (ZipFile plugin = new ZipFile(helloJar().toFile())) {
      String prefix = "META-INF/resources/";
      plugin.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.endsWith(".xhtml"))
          .forEach(n -> pages.add("/" + n.substring(prefix.length())));
    }
    return pages;
  }

  @Test
  void everyPageNeedsASignedInUser() throws IOException {
    List<String> pages = pages();
    assertThat(pages).contains("/index.xhtml", "/login.xhtml", "/hello/index.xhtml");
    for (String page : pages) {
      HttpResponse<String> response = client.send(client.request(page).GET());
      if (page.equals("/login.xhtml")) {
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        continue;
      }
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElse("")).as(page).endsWith("/login.xhtml");
    }
  }

  @Test
  void everyGuardedPageIsRefusedToAUserWithoutItsPermission() throws IOException {
    AtriumClient.Browser browser = client.login(nobody, NOBODY_PASSWORD);
    int guarded = 0;
    for (String page : pages()) {
      boolean kernelGuarded = KernelViews.permission(page).isPresent();
      boolean pluginGuarded = page.startsWith("/hello/");
      if (page.startsWith("/admin/")) {
        assertThat(kernelGuarded).as(page + " is an admin page without a permission in KernelViews").isTrue();
      }
      HttpResponse<String> response = browser.get(page);
      if (kernelGuarded || pluginGuarded) {
        guarded++;
        assertThat(response.statusCode()).as(page).isEqualTo(403);
        assertThat(response.body()).as(page).doesNotContain("Exception");
      } else if (!page.equals("/login.xhtml")) {
        assertThat(response.statusCode()).as(page).isIn(200, 404);
      }
    }
    assertThat(guarded).isPositive();
  }

  @Test
  void everyRestCallIsRefusedWithoutCredentialsAndWithoutItsPermission() {
    // the plugin's endpoints are in the table while it runs, and are checked like the kernel's
    assertThat(client.post("/api/v1/plugins/hello/enable").statusCode()).isEqualTo(200);
    List<JsonObject> endpoints = AtriumClient.json(client.get("/api/v1/system/endpoints")).asJsonArray().stream()
        .map(JsonValue::asJsonObject).toList();
    assertThat(endpoints).hasSizeGreaterThan(30);
    assertThat(endpoints).filteredOn(e -> "hello".equals(e.getString("plugin", null))).isNotEmpty();
    assertThat(endpoints).filteredOn(e -> "forms".equals(e.getString("plugin", null))).isNotEmpty();

    Set<String> known = new HashSet<>();
    Set<String> open = new HashSet<>();
    for (JsonObject endpoint : endpoints) {
      String operation = endpoint.getString("method") + " /api" + endpoint.getString("path");
      known.add(operation);
      String path = "/api" + endpoint.getString("path").replaceAll("\\{[^}]+}", "1");
      String method = endpoint.getString("method");
      String what = method + " " + path;
      assertThat(endpoint.getString("access")).as(what).isNotEqualTo("closed");

      String type = endpoint.getString("consumes", "application/json");
      HttpResponse<String> anonymous = client.send(withBody(client.request(path), method, type));
      if (endpoint.getString("access").equals("public")) {
        open.add(operation);
        assertThat(anonymous.statusCode()).as("anonymous, public " + what).isNotIn(401, 403, 500);
        continue;
      }
      assertThat(anonymous.statusCode()).as("anonymous " + what).isEqualTo(401);

      HttpResponse<String> unprivileged = client.send(withBody(client.as(nobody, NOBODY_PASSWORD, path), method,
          type));
      if (endpoint.getString("access").equals("permission")) {
        assertThat(unprivileged.statusCode()).as("without permission: " + what).isEqualTo(403);
      } else {
        assertThat(unprivileged.statusCode()).as("signed in: " + what).isNotIn(401, 403, 500);
      }
    }

    assertThat(open).as("the public endpoints, each acknowledged in PUBLIC").isEqualTo(PUBLIC);

    // nothing the OpenAPI documents, the kernel's and the plugins', describe escapes the table
    JsonObject paths = Json.createObjectBuilder(AtriumClient.json(client.send(client.asAdmin("/openapi")
        .header("Accept", "application/json").GET())).asJsonObject().getJsonObject("paths"))
        .addAll(Json.createObjectBuilder(AtriumClient.json(client.get("/api/v1/openapi/plugins")).asJsonObject()
            .getJsonObject("paths"))).build();
    assertThat(paths).containsKey("/api/v1/hello/greetings");
    for (Map.Entry<String, JsonValue> entry : paths.entrySet()) {
      for (String method : entry.getValue().asJsonObject().keySet()) {
        String operation = method.toUpperCase(java.util.Locale.ROOT) + " " + entry.getKey();
        if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method.toUpperCase(java.util.Locale.ROOT))) {
          assertThat(known).as("OpenAPI operation in the endpoint table").contains(operation);
        }
      }
    }
  }

  private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String type) {
    String body = type.contains("json") ? "{}" : "";
    return switch (method) {
      case "GET" -> request.GET();
      case "DELETE" -> request.DELETE();
      default -> request.header("Content-Type", type.startsWith("multipart") ? type + "; boundary=x" : type)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    };
  }

  @Test
  void namesAreEscapedInPages() {
    AtriumClient.Browser browser = client.login(nobody, NOBODY_PASSWORD);

    String page = browser.get("/index.xhtml").body();

    assertThat(page).contains("&lt;b&gt;Nobody&lt;/b&gt;").doesNotContain("<b>Nobody</b>");
  }

  @Test
  void cookiesAndHeadersAreSafe() {
    AtriumClient.Browser browser = client.new Browser();
    HttpResponse<String> login = browser.postForm("/login.xhtml", Map.of("username", nobody, "password",
        NOBODY_PASSWORD));
    String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

    HttpResponse<String> page = browser.get("/index.xhtml");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'self'")
        .contains("object-src 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    HttpResponse<String> api = client.get("/api/v1/me");
    assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(api.headers().allValues("Set-Cookie")).as("REST is token-only, no session").isEmpty();
  }

  @Test
  void aFormPostWithoutTheViewStateOfItsPageChangesNothing() {
    assertThat(client.post("/api/v1/plugins/hello/enable").statusCode()).isEqualTo(200);
    AtriumClient.Browser admin = client.login("admin", adminPassword());
    String marker = "csrf-" + System.nanoTime();

    // what a forged cross-site post would send: the right field names, but no view state of a page it rendered
    HttpResponse<String> forged = admin.postForm("/hello/index.xhtml", Map.of("greetingForm", "greetingForm",
        "greetingForm:message", marker, "greetingForm:add", "greetingForm:add", "jakarta.faces.ViewState",
        "-123456789:987654321"));

    assertThat(forged.body()).doesNotContain(marker);
    assertThat(admin.get("/hello/index.xhtml").body()).doesNotContain(marker);
  }

  @Test
  void theFaviconABrowserAsksForOnTheLoginPageIsNotWhereSignInLeads() {
    AtriumClient.Browser browser = client.new Browser();
    assertThat(browser.get("/todo.xhtml").statusCode()).isEqualTo(302);

    // browsers ask for it by themselves; it needs no sign-in and there is none
    HttpResponse<String> favicon = browser.get("/favicon.ico");
    assertThat(favicon.statusCode()).isEqualTo(404);
    assertThat(favicon.body()).doesNotContain("Exception");
    HttpResponse<String> signedIn = browser.postForm("/login.xhtml", Map.of("username", nobody,
        "password", NOBODY_PASSWORD));

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/todo.xhtml");
    // asked for directly, an error page still needs a sign-in
    HttpResponse<String> direct = client.send(client.request("/error/404.xhtml").GET());
    assertThat(direct.statusCode()).isEqualTo(302);
  }

  @Test
  void errorPagesAreGenericAndNeverShowStackTraces() {
    AtriumClient.Browser browser = client.login(nobody, NOBODY_PASSWORD);

    HttpResponse<String> missing = browser.get("/no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at io.atrium");

    HttpResponse<String> broken = client.send(client.asAdmin("/api/v1/users/not-a-number").GET());
    assertThat(broken.statusCode()).isEqualTo(404);
    assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at ");
  }

}
