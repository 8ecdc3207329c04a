package io.atrium.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestJars;
import io.atrium.testing.fixtures.AuditingActivator;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audit log on the real server: what gets recorded (sign-ins, failed sign-ins, sign-outs,
 * REST denials, plugin administration), the REST listing with its filters, the CSV export, the
 * chain check and the admin page.
 */
public abstract class AuditTests extends ServerTest {

  private static final Pattern VIEW_STATE = Pattern.compile(
      "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private JsonObject list(String query) {
    HttpResponse<String> response = client.get("/api/v1/audit?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return AtriumClient.json(response).asJsonObject();
  }

  private List<JsonObject> entries(String query) {
    return list(query).getJsonArray("entries").stream().map(v -> v.asJsonObject()).toList();
  }

  private long newestId() {
    List<JsonObject> newest = entries("limit=1");
    return newest.isEmpty() ? 0 : newest.get(0).getJsonNumber("id").longValue();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }


  @Test
  void aFailedFormSignInIsRecordedWithTheNameTriedAndTheAddressButNoPassword() {
    String name = unique("nobody-");
    HttpResponse<String> failed = client.new Browser().postForm("/login.xhtml",
        Map.of("username", name, "password", "Wrong-Password-1"));
    assertThat(failed.statusCode()).isEqualTo(200);

    List<JsonObject> found = entries("actor=" + encode(name));
    assertThat(found).singleElement().satisfies(entry -> {
      assertThat(entry.getString("category")).isEqualTo("auth");
      assertThat(entry.getString("action")).isEqualTo("login.failed");
      assertThat(entry.containsKey("actorId")).as("no account").isFalse();
      assertThat(entry.getString("address")).isEqualTo("127.0.0.1");
      assertThat(entry.getJsonObject("after").getString("method")).isEqualTo("form");
      assertThat(entry.getJsonObject("after").getString("failure")).isEqualTo("UnknownAccountException");
      assertThat(entry.toString()).doesNotContain("Wrong-Password-1");
    });
  }

  @Test
  void aFormSignInAndSignOutAreRecordedForTheUser() {
    String marker = unique("Agent/");
    AtriumClient.Browser browser = client.login("admin", adminPassword());
    HttpResponse<String> logout = browser.get("/logout");
    assertThat(logout.statusCode()).isEqualTo(302);
    List<JsonObject> signOuts = entries("actor=admin&action=logout&limit=1");
    assertThat(signOuts).singleElement().satisfies(e -> {
      assertThat(e.getJsonNumber("actorId").longValue()).isPositive();
      assertThat(e.getString("address")).isEqualTo("127.0.0.1");
    });
    List<JsonObject> formSignIns = entries("actor=admin&action=login.success&text=form&limit=5");
    assertThat(formSignIns).isNotEmpty();
    assertThat(formSignIns.get(0).getJsonObject("after").getString("method")).isEqualTo("form");
    assertThat(formSignIns.get(0).getJsonNumber("id").longValue())
        .isLessThan(signOuts.get(0).getJsonNumber("id").longValue());

    HttpResponse<String> withAgent = client.send(client.asAdmin("/api/v1/me").header("User-Agent", marker).GET());
    assertThat(withAgent.statusCode()).isEqualTo(200);
    assertThat(entries("action=login.success&text=basic&limit=5")).anySatisfy(
        e -> assertThat(e.getString("userAgent")).isEqualTo(marker));
    // the same client calling again within the interval is not a new sign-in entry: one per client, not per call
    client.send(client.asAdmin("/api/v1/me").header("User-Agent", marker).GET());
    assertThat(entries("action=login.success&text=basic&limit=20")).filteredOn(
        e -> marker.equals(e.getString("userAgent"))).hasSize(1);
  }

  @Test
  void aRestCallWithWrongCredentialsIsAFailedSignIn() {
    String name = unique("script-");
    HttpResponse<String> refused = client.send(client.request("/api/v1/plugins").header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((name + ":nope").getBytes(StandardCharsets.UTF_8))).GET());
    assertThat(refused.statusCode()).isEqualTo(401);

    assertThat(entries("category=auth&actor=" + encode(name))).singleElement().satisfies(e -> {
      assertThat(e.getString("action")).isEqualTo("login.failed");
      assertThat(e.getJsonObject("after").getString("method")).isEqualTo("basic");
    });
  }

  @Test
  void aRestCallWithoutThePermissionIsRecordedAsADenial() {
    HttpResponse<String> created = client.postJson("/api/v1/tokens",
        "{\"name\":\"plugins only\",\"expiresInDays\":1,\"scopes\":[\"atrium:plugins:view\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = AtriumClient.json(created).asJsonObject().getString("token");

    HttpResponse<String> plugins = client.send(client.request("/api/v1/plugins")
        .header("Authorization", "Bearer " + token).GET());
    HttpResponse<String> denied = client.send(client.request("/api/v1/audit")
        .header("Authorization", "Bearer " + token).GET());

    assertThat(plugins.statusCode()).isEqualTo(200);
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(entries("category=denied&limit=1")).singleElement().satisfies(e -> {
      assertThat(e.getString("action")).isEqualTo("permission.denied");
      assertThat(e.getString("actorName")).isEqualTo("admin");
      assertThat(e.getString("objectId")).isEqualTo("atrium:audit:view");
      assertThat(e.getJsonObject("after").getString("target")).isEqualTo("GET /api/v1/audit");
    });
    assertThat(entries("action=login.success&text=token&limit=3")).isNotEmpty();
    assertThat(list("limit=500").toString()).doesNotContain(token);
  }

  @Test
  void pluginAdministrationIsRecordedWithIdAndVersion() {
    client.uninstallAllDataPlugins();
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    String version = client.plugin("hello").getString("version");
    assertThat(client.post("/api/v1/plugins/hello/disable").statusCode()).isEqualTo(200);
    assertThat(client.post("/api/v1/plugins/hello/enable").statusCode()).isEqualTo(200);
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    assertThat(client.delete("/api/v1/plugins/hello").statusCode()).isEqualTo(204);
    HttpResponse<String> refused = client.upload("not a jar".getBytes(StandardCharsets.UTF_8), "=evil.jar");
    assertThat(refused.statusCode()).isEqualTo(422);

    List<JsonObject> recorded = entries("category=admin&action=plugin.&limit=6");
    assertThat(recorded).extracting(e -> e.getString("action")).containsExactly("plugin.upload.refused",
        "plugin.uninstall", "plugin.upload", "plugin.enable", "plugin.disable", "plugin.upload");
    JsonObject firstUpload = recorded.get(5);
    assertThat(firstUpload.getString("objectType")).isEqualTo("plugin");
    assertThat(firstUpload.getString("objectId")).isEqualTo("hello");
    assertThat(firstUpload.getJsonObject("before")).isEmpty();
    assertThat(firstUpload.getJsonObject("after").getString("version")).isEqualTo(version);
    assertThat(recorded.get(2).getJsonObject("before").getString("version")).isEqualTo(version);
    assertThat(recorded.get(4).getJsonObject("after").getBoolean("enabled")).isFalse();
    assertThat(recorded.get(1).getJsonObject("before").getString("version")).isEqualTo(version);
    assertThat(recorded.get(0).getJsonObject("after").getString("file")).isEqualTo("_evil.jar");
    assertThat(recorded).allSatisfy(e -> assertThat(e.getString("actorName")).isEqualTo("admin"));
  }

  @Test
  void aPluginsEntriesCommitAndRollBackWithItsTransactions() {
    String id = "audit-fixture";
    client.uninstallAllDataPlugins();
    // the data folder outlives a run: look only at entries written from now on
    long before = newestId();
    HttpResponse<String> installed = client.upload(TestJars.auditing(id), "audit-fixture.jar");
    assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
    client.awaitPlugin(id, p -> p != null && "ACTIVE".equals(p.getString("state")), Duration.ofSeconds(60));

    List<JsonObject> recorded = entries("objectType=" + encode(AuditingActivator.OBJECT_TYPE) + "&limit=10")
        .stream().filter(e -> e.getJsonNumber("id").longValue() > before).toList();
    assertThat(recorded).extracting(e -> e.getString("objectId")).containsExactly("alone", "committed");
    assertThat(recorded).allSatisfy(e -> {
      assertThat(e.getString("category")).isEqualTo("data");
      assertThat(e.getString("source")).isEqualTo(id);
    });
    assertThat(recorded.get(1).getJsonObject("after")).containsOnlyKeys("name");
    JsonObject verified = AtriumClient.json(client.post("/api/v1/audit/verify")).asJsonObject();
    assertThat(verified.getBoolean("ok")).as(verified.toString()).isTrue();
    client.uninstallAllDataPlugins();
  }

  @Test
  void theListingFiltersPagesAndTellsTheTotal() {
    String name = unique("filter-");
    for (int i = 0; i < 3; i++) {
      client.new Browser().postForm("/login.xhtml", Map.of("username", name, "password", "x"));
    }

    JsonObject all = list("actor=" + encode(name) + "&limit=2");
    JsonObject second = list("actor=" + encode(name) + "&limit=2&offset=2");
    assertThat(all.getInt("total")).isEqualTo(3);
    assertThat(all.getJsonArray("entries")).hasSize(2);
    assertThat(second.getJsonArray("entries")).hasSize(1);
    assertThat(list("actor=" + encode(name) + "&text=" + encode(name.toUpperCase())).getInt("total")).isEqualTo(3);
    assertThat(list("actor=" + encode(name) + "&category=admin").getInt("total")).isZero();
    assertThat(list("actor=" + encode(name) + "&from=2999-01-01").getInt("total")).isZero();
    assertThat(list("actor=" + encode(name) + "&from=2000-01-01&to=2999-01-01T00:00:00Z").getInt("total"))
        .isEqualTo(3);

    HttpResponse<String> bad = client.get("/api/v1/audit?from=yesterday&limit=0");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("\"field\":\"from\"").contains("\"field\":\"limit\"").contains("yesterday");
    HttpResponse<String> notANumber = client.get("/api/v1/audit?offset=abc&to=2000-01-01&from=2001-01-01");
    assertThat(notANumber.statusCode()).isEqualTo(422);
    assertThat(notANumber.body()).contains("\"field\":\"offset\"").contains("\"field\":\"to\"");
  }

  @Test
  void theCsvExportIsExcelFriendlyFilteredAndDefusesFormulas() {
    String name = "=cmd|" + unique("x");
    client.new Browser().postForm("/login.xhtml", Map.of("username", name, "password", "x"));

    HttpResponse<byte[]> export = sendBytes(client.asAdmin("/api/v1/audit/export?category=auth&actor="
        + encode(name)).GET());

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type.toLowerCase()).startsWith("text/csv").contains("utf-8"));
    assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        value -> assertThat(value).startsWith("attachment;").contains(".csv"));
    byte[] body = export.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("id,occurred_at,actor_id,actor_name,address");
    assertThat(lines[1]).contains(",'" + name + ",").contains(",auth,login.failed,");
    assertThat(entries("action=audit.export&limit=1").get(0).getJsonObject("after").getString("actor"))
        .isEqualTo(name);
  }

  @Test
  void theChainVerifies() {
    client.new Browser().postForm("/login.xhtml", Map.of("username", unique("v-"), "password", "x"));

    HttpResponse<String> response = client.send(client.asAdmin("/api/v1/audit/verify")
        .header("Accept-Language", "zh-CN").POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject result = AtriumClient.json(response).asJsonObject();
    assertThat(result.getBoolean("ok")).isTrue();
    assertThat(result.getJsonNumber("checked").longValue()).isPositive();
    assertThat(result.containsKey("firstBrokenId")).isFalse();
    assertThat(result.getString("lastHash")).hasSize(64);
    assertThat(result.getString("detail")).contains("审计链完整");
    HttpResponse<String> last = client.get("/api/v1/audit/" + result.getJsonNumber("lastId").longValue());
    assertThat(AtriumClient.json(last).asJsonObject().getString("hash")).isEqualTo(result.getString("lastHash"));
    assertThat(client.get("/api/v1/audit/987654321").statusCode()).isEqualTo(404);
    assertThat(client.get("/openapi").body()).contains("/api/v1/audit/verify").contains("/api/v1/audit/export");
    assertThat(entries("action=audit.verify&limit=1")).singleElement()
        .satisfies(e -> assertThat(e.getJsonObject("after").getBoolean("ok")).isTrue());
  }

  @Test
  void theAdminPageShowsEscapedEntriesDetailsVerifiesAndExports() {
    String name = "<b>" + unique("page-") + "</b>";
    client.new Browser().postForm("/login.xhtml", Map.of("username", name, "password", "x"));
    AtriumClient.Browser browser = client.login("admin", adminPassword());

    HttpResponse<String> page = browser.get("/admin/audit.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("审计日志").contains("id=\"auditForm:entries\"")
        .contains(name.replace("<", "&lt;").replace(">", "&gt;")).doesNotContain(name)
        .contains("auditForm:entries:0:details");

    HttpResponse<String> filtered = browser.ajax("/admin/audit.xhtml", "auditForm", "auditForm:search",
        Map.of("auditForm:actor", name, "auditForm:category_input", "auth"));
    assertThat(filtered.body()).contains("login.failed").doesNotContain("login.success");

    HttpResponse<String> details = browser.ajax("/admin/audit.xhtml", "auditForm", "auditForm:entries:0:details",
        Map.of("auditForm:actor", name, "auditForm:category_input", "auth"));
    assertThat(details.body()).contains("auditForm:detail").contains("UnknownAccountException")
        .contains("&lt;b&gt;");

    HttpResponse<String> verified = browser.ajax("/admin/audit.xhtml", "auditForm", "auditForm:verify", Map.of());
    assertThat(verified.body()).contains("auditForm:verifyOk").contains("审计链完整");

    String viewState = viewState(browser.get("/admin/audit.xhtml").body());
    HttpResponse<String> csv = browser.postForm("/admin/audit.xhtml", Map.of("auditForm", "auditForm",
        "auditForm:export", "auditForm:export", "auditForm:actor", name, "auditForm:category_input", "auth",
        "jakarta.faces.ViewState", viewState));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFid,occurred_at").contains(name).contains("login.failed")
        .doesNotContain("login.success");
  }

  private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    return matcher.find() ? matcher.group(1) : "";
  }
}
