package io.atrium.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestDirectoryServer;
import io.atrium.testing.TestJars;
import io.atrium.testing.fixtures.HrDirectoryActivator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * LDAP sign-in and directory sync end to end: an in-memory LDAP server in the test JVM, configured
 * through REST, synced into the org chart, its people signing in with their LDAP passwords and
 * the roles of the group mapping; a connector plugin's directory source synced on the schedule;
 * and the administrator still signing in when the LDAP server is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class DirectoryTests extends ServerTest {

  private static TestDirectoryServer ldap;

  @BeforeAll
  static void startLdap() throws Exception {
    ldap = new TestDirectoryServer();
  }

  @AfterAll
  static void stopLdap() {
    if (ldap != null) {
      ldap.close();
    }
  }

  private static String settings(String password) {
    var json = Json.createObjectBuilder()
        .add("enabled", true)
        .add("syncIntervalMinutes", 60)
        .add("url", ldap.url())
        .add("bindDn", TestDirectoryServer.SERVICE_DN)
        .add("baseDn", TestDirectoryServer.PEOPLE)
        .add("groupBaseDn", TestDirectoryServer.GROUPS)
        .add("connectTimeoutSeconds", 5)
        .add("readTimeoutSeconds", 10)
        .add("groupRoles", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("group", "cn=oa-admins," + TestDirectoryServer.GROUPS).add("roles", Json.createArrayBuilder()
                .add("admin"))));
    if (password != null) {
      json.add("password", password);
    }
    return json.build().toString();
  }

  private HttpResponse<String> put(String path, String json) {
    return client.send(client.asAdmin(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> as(String username, String password, String path) {
    return client.send(client.request(path).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
        (username + ":" + password).getBytes(StandardCharsets.UTF_8))).GET());
  }

  private static JsonObject object(HttpResponse<String> response) {
    return AtriumClient.json(response).asJsonObject();
  }

  @Test
  @Order(1)
  void ldapSettingsAreCheckedStoredAndThePasswordIsNeverShown() {
    HttpResponse<String> invalid = put("/api/v1/directory/ldap", "{\"url\":\"http://nope\",\"baseDn\":\"not a dn\","
        + "\"bindDn\":\"cn=x\",\"userFilter\":\"(broken\",\"pageSize\":0,"
        + "\"groupRoles\":[{\"group\":\"devs\",\"roles\":[\"no-such-role\"]}]}");
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
    assertThat(object(invalid).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .contains("url", "baseDn", "userFilter", "pageSize", "password", "groupRoles[0].roles");

    HttpResponse<String> saved = put("/api/v1/directory/ldap", settings(TestDirectoryServer.SERVICE_PASSWORD));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).doesNotContain(TestDirectoryServer.SERVICE_PASSWORD);
    HttpResponse<String> shown = client.get("/api/v1/directory/ldap");
    assertThat(shown.body()).doesNotContain(TestDirectoryServer.SERVICE_PASSWORD).doesNotContain("\"password\"");
    assertThat(object(shown).getBoolean("passwordSet")).isTrue();
    assertThat(object(shown).getString("url")).isEqualTo(ldap.url());

    JsonObject test = object(client.postJson("/api/v1/directory/ldap/test", settings(null)));
    assertThat(test.getBoolean("ok")).as(test.toString()).isTrue();
    assertThat(test.getInt("people")).isEqualTo(4);
    assertThat(test.getInt("departments")).isEqualTo(3);
    assertThat(test.getInt("groups")).isEqualTo(2);
    JsonObject wrong = object(client.postJson("/api/v1/directory/ldap/test", settings("not-the-password")));
    assertThat(wrong.getBoolean("ok")).isFalse();
    assertThat(wrong.getString("message")).contains("refused the name and password");
  }

  @Test
  @Order(2)
  void aSyncBringsThePeopleAndTheySignInWithTheirLdapPasswordAndMappedRoles() throws Exception {
    HttpResponse<String> sync = client.post("/api/v1/directory/sources/ldap/sync");
    assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
    JsonObject report = object(sync);
    assertThat(report.getBoolean("succeeded")).as(sync.body()).isTrue();
    assertThat(report.getInt("peopleCreated")).isEqualTo(4);
    assertThat(report.getInt("departmentsCreated")).isEqualTo(3);
    assertThat(report.getString("trigger")).isEqualTo("MANUAL");

    HttpResponse<String> wang = as("wangzong", TestDirectoryServer.PASSWORD, "/api/v1/me");
    assertThat(wang.statusCode()).as(wang.body()).isEqualTo(200);
    assertThat(object(wang).getString("displayName")).isEqualTo("王总");
    assertThat(object(wang).getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
        .containsExactly("admin");
    assertThat(as("wangzong", TestDirectoryServer.PASSWORD, "/api/v1/directory/sources").statusCode())
        .as("authorized by the compiled policy like any account").isEqualTo(200);

    HttpResponse<String> li = as("lilei", TestDirectoryServer.PASSWORD, "/api/v1/me");
    assertThat(li.statusCode()).isEqualTo(200);
    assertThat(object(li).getJsonArray("roles")).isEmpty();
    assertThat(as("lilei", TestDirectoryServer.PASSWORD, "/api/v1/directory/sources").statusCode()).isEqualTo(403);
    assertThat(as("lilei", "wrong-password", "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(as("admin", TestDirectoryServer.PASSWORD, "/api/v1/me").statusCode())
        .as("a local account never signs in with an LDAP password").isEqualTo(401);
    assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);

    // through the login form too; the directory page is for directory managers only
    AtriumClient.Browser liBrowser = client.login("lilei", TestDirectoryServer.PASSWORD);
    assertThat(liBrowser.get("/admin/directory.xhtml").statusCode()).isEqualTo(403);
    AtriumClient.Browser admin = client.login("admin", adminPassword());
    HttpResponse<String> page = admin.get("/admin/directory.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("ldapForm").contains(ldap.url()).contains("sourcesForm")
        .doesNotContain(TestDirectoryServer.SERVICE_PASSWORD);
    HttpResponse<String> tested = admin.ajax("/admin/directory.xhtml", "ldapForm", "ldapForm:test", java.util.Map.of());
    assertThat(tested.body()).containsAnyOf("已连接 " + ldap.url(), "Connected to " + ldap.url());
    HttpResponse<String> synced = admin.ajax("/admin/directory.xhtml", "sourcesForm", "sourcesForm:sources:0:syncNow",
        java.util.Map.of());
    assertThat(synced.body()).containsAnyOf("人员：新增 0，变更 0", "People: 0 new, 0 changed");

    JsonObject source = AtriumClient.json(client.get("/api/v1/directory/sources")).asJsonArray().stream()
        .map(v -> v.asJsonObject()).filter(s -> s.getString("id").equals("ldap")).findFirst().orElseThrow();
    assertThat(source.getString("origin")).isEqualTo("kernel");
    assertThat(source.getJsonObject("lastRun").getBoolean("succeeded")).isTrue();
    assertThat(AtriumClient.json(client.get("/api/v1/directory/sources/ldap/runs")).asJsonArray()).hasSize(2);
  }

  @Test
  @Order(3)
  void aConnectorPluginsPeopleArriveOnTheSchedule() {
    byte[] jar = TestJars.withActivator("hr-connector", HrDirectoryActivator.class, "org.osgi.framework,"
        + "io.atrium.sdk.identity;version=\"[1.0,2)\",io.atrium.sdk.health;version=\"[1.0,2)\"",
        HrDirectoryActivator.Hr.class, HrDirectoryActivator.OrgCheck.class);
    HttpResponse<String> installed = client.upload(jar, "hr-connector.jar");
    assertThat(AtriumClient.json(installed).asJsonObject().getString("state")).as(installed.body())
        .isEqualTo("ACTIVE");
    try {
      JsonObject hr = AtriumClient.json(client.get("/api/v1/directory/sources")).asJsonArray().stream()
          .map(v -> v.asJsonObject()).filter(s -> s.getString("id").equals("hr")).findFirst().orElseThrow();
      assertThat(hr.getString("origin")).isEqualTo("hr-connector");
      assertThat(hr.getBoolean("available")).isTrue();

      // the directory-sync job runs every minute of the platform clock
      client.postJson("/api/v1/system/clock", "{\"advanceSeconds\":120}");
      String report = awaitHealth("吴八/华东销售部/周七/ACTIVE", Duration.ofSeconds(90));

      assertThat(report).contains("周七/华东销售部/none/ACTIVE").contains("韩梅梅/研发部/李雷/ACTIVE");
      List<JsonObject> runs = AtriumClient.json(client.get("/api/v1/directory/sources/hr/runs")).asJsonArray()
          .stream().map(v -> v.asJsonObject()).toList();
      assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getString("trigger")).isEqualTo("SCHEDULE"));
      assertThat(runs.get(runs.size() - 1).getInt("peopleCreated")).isEqualTo(2);
    } finally {
      client.postJson("/api/v1/system/clock", "{\"reset\":true}");
    }
  }

  private String awaitHealth(String expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String report = "";
    while (System.nanoTime() < deadline) {
      report = client.send(client.request("/health/ready").GET()).body();
      if (report.contains(expected)) {
        return report;
      }
      AtriumClient.sleep(500);
    }
    throw new AssertionError("The health report did not show " + expected + " within " + timeout + ": " + report);
  }

  @Test
  @Order(4)
  void whenTheLdapServerIsDownTheAdministratorStillSignsIn() {
    ldap.stop();

    assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);
    client.login("admin", adminPassword());
    assertThat(as("wangzong", TestDirectoryServer.PASSWORD, "/api/v1/me").statusCode()).isEqualTo(401);

    JsonObject test = object(client.postJson("/api/v1/directory/ldap/test", settings(null)));
    assertThat(test.getBoolean("ok")).isFalse();
    assertThat(test.getString("message")).contains(ldap.url()).contains("cannot be reached");
    JsonObject run = object(client.post("/api/v1/directory/sources/ldap/sync"));
    assertThat(run.getBoolean("succeeded")).isFalse();
    assertThat(run.getString("error")).contains("cannot be reached");
    assertThat(awaitHealth("李雷/研发部/王总/ACTIVE", Duration.ofSeconds(10))).as("nobody marked as left")
        .contains("韩梅梅/研发部/李雷/ACTIVE");

    // disconnecting LDAP stops its sign-in and sync, and leaves no settings behind for later test classes
    assertThat(client.delete("/api/v1/directory/ldap").statusCode()).isEqualTo(204);
    assertThat(client.get("/api/v1/directory/ldap").body()).doesNotContain(ldap.url());
    assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);
  }
}
