package io.atrium.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestJars;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a plugin serves from its bundle: pages through the Faces bridge (the page, its controller,
 * its texts and static files, the menu entry) and REST endpoints under {@code /api/v1/<plugin>}
 * (routing, access annotations, JSON bodies, problem answers, the endpoint table and the plugins'
 * OpenAPI document); and what a user and a script see when the plugin stops.
 */
public abstract class PluginPagesTests extends ServerTest {

  private static final String PAGE = "/hello/index.xhtml";

  private AtriumClient.Browser browser;

  @BeforeEach
  void installHello() {
    client.uninstallAllDataPlugins();
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    browser = client.login("admin", adminPassword());
  }

  @Test
  void pagesNeedASignedInUser() {
    HttpResponse<String> anonymous = client.send(client.request(PAGE).GET());

    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
        "/login.xhtml"));
  }

  @Test
  void thePluginPageRendersWithItsControllerTextsAndMenuEntry() {
    HttpResponse<String> page = browser.get(PAGE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("已保存的问候").contains("id=\"greetingForm:add\"")
        .contains("data-plugin=\"hello\"").contains("/hello/index.xhtml")
        .contains("hello.css.xhtml?ln=hello");
    HttpResponse<String> css = browser.get("/jakarta.faces.resource/hello.css.xhtml?ln=hello");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains(".hello-count");
  }

  @Test
  void aGreetingAddedOnThePageIsStoredEscapedAndStaysAfterReinstall() {
    browser.get(PAGE);
    String marker = "<b>bold-" + System.nanoTime() + "</b>";
    HttpResponse<String> ajax = browser.ajax(PAGE, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", marker));

    assertThat(ajax.statusCode()).isEqualTo(200);
    assertThat(ajax.body()).contains("<partial-response").contains("&lt;b&gt;bold-").doesNotContain(marker);

    assertThat(client.delete("/api/v1/plugins/hello").statusCode()).isEqualTo(204);
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    assertThat(browser.get(PAGE).body()).contains(marker.replace("<", "&lt;").replace(">", "&gt;"));
  }

  @Test
  void anEmptyGreetingShowsTheTranslatedError() {
    browser.get(PAGE);
    HttpResponse<String> ajax = browser.ajax(PAGE, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", "   "));

    assertThat(ajax.body()).contains("请先输入问候内容");
  }

  @Test
  void aDisabledPluginsPageAnswers404AndItsMenuEntryVanishes() {
    browser.get(PAGE);
    assertThat(client.post("/api/v1/plugins/hello/disable").statusCode()).isEqualTo(200);

    HttpResponse<String> page = browser.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("hello").contains("未运行");
    assertThat(browser.get("/index.xhtml").body()).doesNotContain("data-plugin=\"hello\"");
    assertThat(browser.get("/jakarta.faces.resource/hello.css.xhtml?ln=hello").statusCode()).isEqualTo(404);

    client.post("/api/v1/plugins/hello/enable");
    assertThat(browser.get(PAGE).statusCode()).isEqualTo(200);
    assertThat(browser.get("/index.xhtml").body()).contains("data-plugin=\"hello\"");
  }

  @Test
  void ajaxToTheViewOfAStoppedPluginRedirectsToAnExplanation() {
    browser.get(PAGE);
    client.post("/api/v1/plugins/hello/disable");

    HttpResponse<String> ajax = browser.ajax(PAGE, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", "anyone there?"));

    assertThat(ajax.statusCode()).isEqualTo(200);
    assertThat(ajax.body()).contains("<partial-response>").contains("<redirect url=\"/plugin-unavailable.xhtml?plugin=hello\"");
    HttpResponse<String> explanation = browser.get("/plugin-unavailable.xhtml?plugin=hello");
    assertThat(explanation.statusCode()).isEqualTo(200);
    assertThat(explanation.body()).contains("插件“hello”");
    client.post("/api/v1/plugins/hello/enable");
  }

  @Test
  void theLanguageSwitchesToEnglish() {
    String page = browser.get(PAGE).body();
    assertThat(page).contains("id=\"topForm:langEn\"");

    HttpResponse<String> english = browser.postForm(PAGE, Map.of("topForm", "topForm",
        "topForm:langEn", "topForm:langEn", "jakarta.faces.ViewState", viewState(page)));

    assertThat(english.body()).contains("Greetings stored").contains("Sign out");
    assertThat(browser.get("/index.xhtml").body()).contains("Workbench");
  }

  private static String viewState(String page) {
    var matcher = java.util.regex.Pattern.compile("id=\"j_id1:jakarta.faces.ViewState:\\d+\" value=\"([^\"]+)\"")
        .matcher(page);
    return matcher.find() ? matcher.group(1) : "";
  }

  // --- REST endpoints of plugins ---

  private static final String NOBODY_PASSWORD = "N0body-has-rights";

  /** A user holding no permission at all; its name. */
  private String nobody() {
    String name = "restless" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\":\"" + name
        + "\",\"displayName\":\"Restless\",\"password\":\"" + NOBODY_PASSWORD + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return name;
  }

  private HttpResponse<String> postJsonAs(String user, String path, String json) {
    return client.send(client.as(user, NOBODY_PASSWORD, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> getAs(String user, String path) {
    return client.send(client.as(user, NOBODY_PASSWORD, path).GET());
  }

  private void installProbe(String id) {
    HttpResponse<String> upload = client.upload(TestJars.restProbe(id), id + ".jar");
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    assertThat(AtriumClient.json(upload).asJsonObject().getString("state")).isEqualTo("ACTIVE");
  }

  private List<JsonObject> endpoints() {
    return AtriumClient.json(client.get("/api/v1/system/endpoints")).asJsonArray().stream()
        .map(JsonValue::asJsonObject).toList();
  }

  /** The probes must not stay for the next test class: the security test would find their closed method. */
  @AfterEach
  void removeProbes() {
    for (String probe : List.of("rest-probe", "audit")) {
      if (client.plugin(probe) != null) {
        assertThat(client.delete("/api/v1/plugins/" + probe).statusCode()).isEqualTo(204);
      }
    }
  }

  @Test
  void aPluginsRestEndpointsAnswerWhileItRunsAndAre404WhileItIsDisabled() {
    String marker = "rest-" + System.nanoTime();
    HttpResponse<String> added = client.postJson("/api/v1/hello/greetings", "{\"message\":\"  " + marker + " \"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    JsonObject greeting = AtriumClient.json(added).asJsonObject();
    assertThat(greeting.getString("message")).isEqualTo(marker);
    assertThat(greeting.getString("author")).isEqualTo("admin");
    assertThat(greeting.getString("createdAt")).isNotBlank();
    HttpResponse<String> listed = client.get("/api/v1/hello/greetings?limit=5");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(AtriumClient.json(listed).asJsonArray().getJsonObject(0).getString("message")).isEqualTo(marker);

    assertThat(client.post("/api/v1/plugins/hello/disable").statusCode()).isEqualTo(200);
    HttpResponse<String> stopped = client.get("/api/v1/hello/greetings");
    assertThat(stopped.statusCode()).isEqualTo(404);
    assertThat(stopped.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(stopped.body()).contains("/api/v1/hello").contains("no started plugin");
    assertThat(endpoints()).noneMatch(e -> "hello".equals(e.getString("plugin", null)));

    assertThat(client.post("/api/v1/plugins/hello/enable").statusCode()).isEqualTo(200);
    assertThat(client.get("/api/v1/hello/greetings").body()).contains(marker);
  }

  @Test
  void aPluginsRestEndpointsNeedCredentialsAndTheirPermission() {
    String nobody = nobody();

    assertThat(client.send(client.request("/api/v1/hello/greetings").GET()).statusCode()).isEqualTo(401);
    assertThat(client.send(client.request("/api/v1/hello/me").GET()).statusCode()).isEqualTo(401);
    HttpResponse<String> unprivileged = getAs(nobody, "/api/v1/hello/greetings");
    assertThat(unprivileged.statusCode()).isEqualTo(403);
    assertThat(unprivileged.body()).contains("hello:greeting:view");
    assertThat(postJsonAs(nobody, "/api/v1/hello/greetings", "{\"message\":\"sneaky\"}").statusCode())
        .isEqualTo(403);
    assertThat(client.get("/api/v1/hello/greetings").body()).doesNotContain("sneaky");

    // @SignedIn: any signed-in user, who is told what they may do
    HttpResponse<String> me = getAs(nobody, "/api/v1/hello/me");
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    JsonObject abilities = AtriumClient.json(me).asJsonObject();
    assertThat(abilities.getString("username")).isEqualTo(nobody);
    assertThat(abilities.getBoolean("mayView")).isFalse();
    assertThat(AtriumClient.json(client.get("/api/v1/hello/me")).asJsonObject().getBoolean("mayView")).isTrue();

    // a denial is audited like the kernel's
    assertThat(client.get("/api/v1/audit?category=denied&actor=" + nobody).body()).contains("hello:greeting:view");
  }

  @Test
  void aMethodWithoutAnAccessAnnotationIsClosedEvenToTheAdministrator() {
    installProbe("rest-probe");

    HttpResponse<String> forgotten = client.get("/api/v1/rest-probe/forgotten");

    assertThat(forgotten.statusCode()).isEqualTo(403);
    assertThat(forgotten.body()).contains("closed").doesNotContain("ran");
    assertThat(endpoints()).filteredOn(e -> e.getString("path").equals("/v1/rest-probe/forgotten"))
        .singleElement().satisfies(e -> assertThat(e.getString("access")).isEqualTo("closed"));
  }

  @Test
  void jsonBodiesAreReadAndWrittenAcrossThePluginsClassLoader() {
    installProbe("rest-probe");

    HttpResponse<String> json = client.postJson("/api/v1/rest-probe/echo/json", "{\"a\":[1,2],\"b\":\"x\"}");
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(AtriumClient.json(json).asJsonObject()).containsEntry("echoed", JsonValue.TRUE)
        .containsKeys("a", "b");

    HttpResponse<String> record = client.postJson("/api/v1/rest-probe/echo/record", "{\"text\":\"hi\",\"count\":2}");
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    JsonObject reply = AtriumClient.json(record).asJsonObject();
    assertThat(reply.getString("text")).isEqualTo("HI");
    assertThat(reply.getInt("count")).isEqualTo(3);
    assertThat(reply.getJsonArray("tags")).hasSize(2);

    HttpResponse<String> bean = client.postJson("/api/v1/rest-probe/echo/bean", "{\"name\":\"n\",\"size\":21}");
    assertThat(bean.statusCode()).as(bean.body()).isEqualTo(200);
    assertThat(AtriumClient.json(bean).asJsonObject().getInt("size")).isEqualTo(42);

    for (String[] call : new String[][] {{"record", "{\"text\":"}, {"record", "{\"count\":\"many\"}"},
        {"json", "[1,"}}) {
      HttpResponse<String> broken = client.postJson("/api/v1/rest-probe/echo/" + call[0], call[1]);
      assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
      assertThat(AtriumClient.json(broken).asJsonObject().getString("pointer")).isEqualTo("$");
      assertThat(broken.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("io.atrium");
    }
  }

  @Test
  void exceptionsOfPluginCodeBecomeProblemsWithoutStackTraces() {
    installProbe("rest-probe");

    HttpResponse<String> missing = client.get("/api/v1/rest-probe/fail/missing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("There is no record 7 in probe");

    HttpResponse<String> conflict = client.get("/api/v1/rest-probe/fail/conflict");
    assertThat(conflict.statusCode()).isEqualTo(409);
    JsonObject versions = AtriumClient.json(conflict).asJsonObject();
    assertThat(versions.getInt("expectedVersion")).isEqualTo(3);
    assertThat(versions.getInt("actualVersion")).isEqualTo(4);

    HttpResponse<String> invalid = client.get("/api/v1/rest-probe/fail/invalid");
    assertThat(invalid.statusCode()).isEqualTo(422);
    JsonArray errors = AtriumClient.json(invalid).asJsonObject().getJsonArray("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.getJsonObject(0).getString("field")).isEqualTo("amount");
    assertThat(errors.getJsonObject(0).getString("label")).isEqualTo("Amount");
    assertThat(errors.getJsonObject(0).getString("message")).isEqualTo("must be positive");
    assertThat(errors.getJsonObject(1).getString("label")).isEqualTo("items[2].price");

    HttpResponse<String> bad = client.get("/api/v1/rest-probe/fail/bad");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(AtriumClient.json(bad).asJsonObject().getString("pointer")).isEqualTo("$.items[2].price");
    assertThat(bad.body()).contains("The price must be a number.");

    assertThat(client.get("/api/v1/rest-probe/fail/denied").statusCode()).isEqualTo(403);

    for (String kind : List.of("bug", "checked")) {
      HttpResponse<String> failed = client.get("/api/v1/rest-probe/fail/" + kind);
      assertThat(failed.statusCode()).as(kind).isEqualTo(500);
      assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(failed.body()).as(kind).contains("reference").doesNotContain("detail of the probe")
          .doesNotContain("Exception").doesNotContain("at io.atrium");
    }
    assertThat(client.get("/api/v1/rest-probe/fail/fine").body()).contains("fine");
  }

  @Test
  void subResourcesFollowTheirClassesAnnotationsAndThePathRulesHold() {
    installProbe("rest-probe");
    String nobody = nobody();

    assertThat(getAs(nobody, "/api/v1/rest-probe/vault").statusCode()).isEqualTo(403);
    assertThat(getAs(nobody, "/api/v1/rest-probe/secret").statusCode()).isEqualTo(403);
    assertThat(client.get("/api/v1/rest-probe/vault").body()).contains("open");
    assertThat(getAs(nobody, "/api/v1/rest-probe/vault/lobby").body()).contains("lobby");

    // the first resource on a path keeps it; one on a path that is not the plugin's is not served
    assertThat(client.get("/api/v1/rest-probe/whoami").body()).contains("probe").doesNotContain("intruder");
    assertThat(client.get("/api/v1/stray").statusCode()).isEqualTo(404);
    List<JsonObject> endpoints = endpoints();
    assertThat(endpoints).filteredOn(e -> "rest-probe".equals(e.getString("plugin", null)))
        .extracting(e -> e.getString("method") + " " + e.getString("path") + " " + e.getString("access"))
        .contains("GET /v1/rest-probe/whoami authenticated", "GET /v1/rest-probe/vault permission",
            "GET /v1/rest-probe/vault/lobby authenticated", "POST /v1/rest-probe/echo/json authenticated",
            "GET /v1/rest-probe/secret permission");
    assertThat(endpoints).noneMatch(e -> e.getString("path").startsWith("/v1/stray"));

    // a plugin whose id is a path of the kernel cannot take it over
    installProbe("audit");
    assertThat(client.get("/api/v1/audit?limit=1").statusCode()).isEqualTo(200);
    assertThat(client.get("/api/v1/audit/whoami").statusCode()).isNotEqualTo(200);
    assertThat(endpoints()).noneMatch(e -> "audit".equals(e.getString("plugin", null)));
  }

  @Test
  void theStartedPluginsDescribeTheirEndpointsInOneOpenApiDocument() {
    installProbe("rest-probe");

    HttpResponse<String> response = client.get("/api/v1/openapi/plugins");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject document = AtriumClient.json(response).asJsonObject();
    JsonObject paths = document.getJsonObject("paths");
    assertThat(paths.keySet()).contains("/api/v1/hello/greetings", "/api/v1/hello/me");
    assertThat(paths.getJsonObject("/api/v1/hello/greetings").getString("x-atrium-plugin")).isEqualTo("hello");
    assertThat(paths.getJsonObject("/api/v1/hello/greetings").keySet()).contains("get", "post");
    assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet()).contains("hello.Greeting");
    assertThat(document.getJsonArray("x-atrium-undocumented").getString(0)).isEqualTo("rest-probe");
    assertThat(client.send(client.request("/api/v1/openapi/plugins").GET()).statusCode()).isEqualTo(401);

    client.post("/api/v1/plugins/hello/disable");
    assertThat(AtriumClient.json(client.get("/api/v1/openapi/plugins")).asJsonObject().getJsonObject("paths"))
        .isEmpty();
    client.post("/api/v1/plugins/hello/enable");
  }
}
