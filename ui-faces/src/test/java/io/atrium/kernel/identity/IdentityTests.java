package io.atrium.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * People, departments, roles and the permissions they give, API tokens with scopes, sign-in
 * lockout and sessions, through the REST API and the login form of a real server.
 */
public abstract class IdentityTests extends ServerTest {

  private static final String PASSWORD = "Str0ng-passw0rd";


  private long createUser(String username, String extraJson) {
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"测试 " + username + "\",\"password\":\"" + PASSWORD + "\",\"email\":\"" + username
        + "@example.com\"" + extraJson + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v1/users/"));
    return AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private HttpResponse<String> asUser(String username, String path) {
    return client.send(client.as(username, PASSWORD, path).GET());
  }

  private long createRole(String name, String permissionsJson) {
    HttpResponse<String> role = client.postJson("/api/v1/roles", "{\"name\":\"" + name + "\",\"permissions\":"
        + permissionsJson + "}");
    assertThat(role.statusCode()).as(role.body()).isEqualTo(201);
    return AtriumClient.json(role).asJsonObject().getJsonNumber("id").longValue();
  }

  @Test
  void aNewUserSignsInAndGetsExactlyThePermissionsOfTheirRoles() {
    String username = unique("u");
    long id = createUser(username, "");

    JsonObject me = AtriumClient.json(asUser(username, "/api/v1/me")).asJsonObject();
    assertThat(me.getString("displayName")).isEqualTo("测试 " + username);
    assertThat(me.getJsonArray("roles")).isEmpty();
    assertThat(asUser(username, "/api/v1/users").statusCode()).isEqualTo(403);

    String role = unique("viewers");
    createRole(role, "[\"atrium:users:view\"]");
    HttpResponse<String> granted = client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\":[\"" + role + "\"]}");
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    assertThat(asUser(username, "/api/v1/users").statusCode()).isEqualTo(200);
    assertThat(asUser(username, "/api/v1/plugins").statusCode()).isEqualTo(403);

    client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\":[]}");
    assertThat(asUser(username, "/api/v1/users").statusCode()).isEqualTo(403);
  }

  @Test
  void rolesThroughAGroupCountToo() {
    String username = unique("g");
    long id = createUser(username, "");
    String role = unique("plugin-viewers");
    createRole(role, "[\"atrium:plugins:view\"]");

    HttpResponse<String> group = client.postJson("/api/v1/groups", "{\"name\":\"" + unique("组") + "\",\"memberIds\":["
        + id + "],\"roles\":[\"" + role + "\"]}");

    assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
    assertThat(asUser(username, "/api/v1/plugins").statusCode()).isEqualTo(200);
  }

  @Test
  void badInputGetsEveryProblemWithItsFieldInTheCallersLanguage() {
    HttpResponse<String> english = client.postJson("/api/v1/users", "{\"username\":\"x\",\"displayName\":\"\","
        + "\"email\":\"nope\",\"mobile\":\"123\",\"password\":\"short\"}");
    assertThat(english.statusCode()).isEqualTo(422);
    JsonArray errors = AtriumClient.json(english).asJsonObject().getJsonArray("errors");
    assertThat(errors.stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()))
        .contains("username", "displayName", "email", "mobile", "password");

    HttpResponse<String> chinese = client.send(client.asAdmin("/api/v1/users").header("Content-Type",
        "application/json").header("Accept-Language", "zh-CN,zh;q=0.9")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"displayName\":\"重复\"}")));
    assertThat(chinese.statusCode()).isEqualTo(422);
    assertThat(AtriumClient.json(chinese).asJsonObject().getString("detail")).contains("登录名“admin”已被使用");

    HttpResponse<String> empty = client.postJson("/api/v1/users", "");
    assertThat(empty.statusCode()).isBetween(400, 422);
  }

  @Test
  void aStaleVersionIsAConflict() {
    long id = createUser(unique("v"), "");
    long version = AtriumClient.json(client.get("/api/v1/users/" + id)).asJsonObject().getJsonNumber("version")
        .longValue();
    assertThat(client.putJson("/api/v1/users/" + id, "{\"position\":\"经理\",\"version\":" + version + "}")
        .statusCode()).isEqualTo(200);

    HttpResponse<String> stale = client.putJson("/api/v1/users/" + id, "{\"position\":\"总监\",\"version\":" + version
        + "}");

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(AtriumClient.json(client.get("/api/v1/users/" + id)).asJsonObject().getString("position"))
        .isEqualTo("经理");
  }

  @Test
  void departmentsFormATree() {
    JsonObject hq = AtriumClient.json(client.postJson("/api/v1/departments", "{\"name\":\"" + unique("总部") + "\"}"))
        .asJsonObject();
    long hqId = hq.getJsonNumber("id").longValue();
    HttpResponse<String> marketing = client.postJson("/api/v1/departments", "{\"name\":\"市场部\",\"parentId\":" + hqId
        + "}");
    assertThat(marketing.statusCode()).as(marketing.body()).isEqualTo(201);
    long marketingId = AtriumClient.json(marketing).asJsonObject().getJsonNumber("id").longValue();
    createUser(unique("m"), ",\"departmentId\":" + marketingId);

    assertThat(AtriumClient.json(client.get("/api/v1/departments/" + marketingId)).asJsonObject().getString("path"))
        .isEqualTo(hq.getString("name") + " / 市场部");
    assertThat(client.putJson("/api/v1/departments/" + hqId, "{\"parentId\":" + marketingId + "}").statusCode())
        .isEqualTo(422);
    assertThat(client.delete("/api/v1/departments/" + marketingId).statusCode()).isEqualTo(409);
    JsonObject members = AtriumClient.json(client.get("/api/v1/users?departmentId=" + hqId + "&subtree=true"))
        .asJsonObject();
    assertThat(members.getJsonNumber("total").longValue()).isEqualTo(1);
  }

  @Test
  void aScopedTokenCannotDoMoreThanItsScopes() {
    String username = unique("t");
    long id = createUser(username, "");
    String role = unique("both");
    createRole(role, "[\"atrium:users:view\",\"atrium:plugins:view\"]");
    client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\":[\"" + role + "\"]}");

    HttpResponse<String> issued = client.send(client.as(username, PASSWORD, "/api/v1/tokens")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\",\"scopes\":[\"atrium:plugins:view\"]}")));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonObject token = AtriumClient.json(issued).asJsonObject();
    String secret = token.getString("token");

    assertThat(client.send(client.withToken(secret, "/api/v1/plugins").GET()).statusCode()).isEqualTo(200);
    assertThat(client.send(client.withToken(secret, "/api/v1/users").GET()).statusCode()).isEqualTo(403);
    assertThat(AtriumClient.json(client.send(client.withToken(secret, "/api/v1/me").GET())).asJsonObject()
        .getJsonArray("tokenScopes").getString(0)).isEqualTo("atrium:plugins:view");
    // the list never shows a secret
    assertThat(asUser(username, "/api/v1/tokens").body()).doesNotContain(secret).contains("atrium:plugins:view");

    assertThat(client.delete("/api/v1/tokens/all/" + token.getString("id")).statusCode()).isEqualTo(204);
    assertThat(client.send(client.withToken(secret, "/api/v1/plugins").GET()).statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorLiftsIt() {
    String username = unique("l");
    createUser(username, "");
    for (int i = 0; i < 5; i++) {
      assertThat(client.send(client.as(username, "wrong-" + i, "/api/v1/me").GET()).statusCode()).isEqualTo(401);
    }

    assertThat(asUser(username, "/api/v1/me").statusCode()).as("locked even with the right password").isEqualTo(401);
    JsonArray lockouts = AtriumClient.json(client.get("/api/v1/lockouts")).asJsonArray();
    assertThat(lockouts.stream().map(v -> v.asJsonObject()).filter(l -> l.getString("subject").equals(username))
        .findFirst()).hasValueSatisfying(l -> assertThat(l.getString("lockedUntil")).isNotBlank());
    AtriumClient.Browser browser = client.new Browser();
    HttpResponse<String> form = browser.postForm("/login.xhtml", java.util.Map.of("username", username, "password",
        PASSWORD));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("id=\"loginLocked\"");

    assertThat(client.delete("/api/v1/lockouts/account/" + username).statusCode()).isEqualTo(204);
    assertThat(asUser(username, "/api/v1/me").statusCode()).isEqualTo(200);
  }

  @Test
  void signingInGivesANewSessionIdAndSessionsCanBeEnded() {
    String username = unique("s");
    createUser(username, "");
    AtriumClient.Browser browser = client.new Browser();
    browser.get("/login.xhtml");
    String before = browser.cookie("JSESSIONID");

    HttpResponse<String> login = browser.postForm("/login.xhtml", java.util.Map.of("username", username, "password",
        PASSWORD));
    assertThat(login.statusCode()).isEqualTo(302);
    String after = browser.cookie("JSESSIONID");
    assertThat(after).isNotNull().isNotEqualTo(before);
    assertThat(browser.get("/index.xhtml").statusCode()).isEqualTo(200);

    JsonArray sessions = AtriumClient.json(asUser(username, "/api/v1/me/sessions")).asJsonArray();
    assertThat(sessions).hasSize(1);
    assertThat(sessions.toString()).doesNotContain(after);
    String key = sessions.getJsonObject(0).getString("key");
    assertThat(client.delete("/api/v1/sessions/" + key).statusCode()).isEqualTo(204);

    HttpResponse<String> ended = browser.get("/index.xhtml");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(ended.headers().firstValue("Location").orElse("")).contains("login");
  }

  @Test
  void changingThePasswordEndsTheBrowserSessions() {
    String username = unique("p");
    createUser(username, "");
    AtriumClient.Browser browser = client.login(username, PASSWORD);
    assertThat(browser.get("/index.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> changed = client.send(client.as(username, PASSWORD, "/api/v1/me/password")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"An0ther-secret\"}")));

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    assertThat(browser.get("/index.xhtml").statusCode()).isEqualTo(302);
    assertThat(client.send(client.as(username, "An0ther-secret", "/api/v1/me").GET()).statusCode()).isEqualTo(200);
  }

  @Test
  void someoneWhoLeavesIsSignedOutAndTheirTokensStopWorking() {
    String username = unique("x");
    long id = createUser(username, "");
    AtriumClient.Browser browser = client.login(username, PASSWORD);
    String secret = AtriumClient.json(client.send(client.as(username, PASSWORD, "/api/v1/tokens")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))))
        .asJsonObject().getString("token");

    assertThat(client.delete("/api/v1/users/" + id).statusCode()).isEqualTo(204);

    assertThat(AtriumClient.json(client.get("/api/v1/users/" + id)).asJsonObject().getString("status"))
        .isEqualTo("LEFT");
    assertThat(browser.get("/index.xhtml").statusCode()).isEqualTo(302);
    assertThat(client.send(client.withToken(secret, "/api/v1/me").GET()).statusCode()).isEqualTo(401);
    assertThat(asUser(username, "/api/v1/me").statusCode()).isEqualTo(401);
  }

  @Test
  void anOrgChartImportIsCheckedFirstAndWrittenAllOrNothing() throws java.io.IOException {
    String boss = unique("boss");
    String rep = unique("rep");
    String top = unique("集团");
    String csv = "登录名,姓名,部门,上级\n" + boss + ",老板," + top + ",\n" + rep + ",销售," + top + "/销售部," + boss + "\n";
    HttpResponse<String> preview = client.send(client.asAdmin("/api/v1/users/import").header("Content-Type",
        "text/csv").header("Accept-Language", "zh-CN").POST(HttpRequest.BodyPublishers.ofByteArray(
            csv.getBytes(java.nio.charset.Charset.forName("GB18030")))));
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    JsonObject report = AtriumClient.json(preview).asJsonObject();
    assertThat(report.getBoolean("clean")).isTrue();
    assertThat(report.getBoolean("committed")).isFalse();
    assertThat(report.getJsonNumber("created").longValue()).isEqualTo(2);
    assertThat(client.get("/api/v1/users?q=" + rep).body()).contains("\"total\":0");

    String broken = csv + "x y,,,nobody\n";
    JsonObject refused = AtriumClient.json(client.send(client.asAdmin("/api/v1/users/import?commit=true")
        .header("Content-Type", "text/csv").header("Accept-Language", "zh-CN")
        .POST(HttpRequest.BodyPublishers.ofString(broken)))).asJsonObject();
    assertThat(refused.getBoolean("committed")).isFalse();
    assertThat(refused.getJsonArray("rows").getJsonObject(2).getInt("row")).isEqualTo(4);
    assertThat(refused.toString()).contains("找不到登录名为“nobody”");
    assertThat(client.get("/api/v1/users?q=" + boss).body()).contains("\"total\":0");

    JsonObject done = AtriumClient.json(client.send(client.asAdmin("/api/v1/users/import?commit=true")
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)))).asJsonObject();
    assertThat(done.getBoolean("committed")).isTrue();
    JsonObject imported = AtriumClient.json(client.get("/api/v1/users?q=" + rep)).asJsonObject().getJsonArray("items")
        .getJsonObject(0);
    assertThat(imported.getString("departmentName")).isEqualTo("销售部");
    assertThat(client.get("/api/v1/users/import/template").headers().firstValue("Content-Type").orElse(""))
        .contains("spreadsheetml");

    // a workbook reads like the CSV, through the same spreadsheet service as the forms import
    String clerk = unique("clerk");
    java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
    try (io.atrium.sdk.table.TableWriter writer = new io.atrium.kernel.tabular.FileSpreadsheets().write(workbook,
        io.atrium.sdk.table.TableFormat.XLSX, "people", java.time.ZoneOffset.UTC)) {
      writer.row(List.of("username", "displayName", "department"));
      writer.row(List.of(clerk, "文员", top + "/销售部"));
    }
    HttpResponse<String> excel = client.send(client.asAdmin("/api/v1/users/import?commit=true").header("Content-Type",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook.toByteArray())));
    assertThat(excel.statusCode()).as(excel.body()).isEqualTo(200);
    assertThat(AtriumClient.json(excel).asJsonObject().getBoolean("committed")).as(excel.body()).isTrue();
    assertThat(client.get("/api/v1/users?q=" + clerk).body()).contains("\"total\":1");
    JsonObject mismatched = AtriumClient.json(client.send(client.asAdmin("/api/v1/users/import?name=people.xlsx")
        .header("Content-Type", "application/octet-stream").header("Accept-Language", "zh-CN")
        .POST(HttpRequest.BodyPublishers.ofString(csv)))).asJsonObject();
    assertThat(mismatched.getBoolean("clean")).isFalse();
    assertThat(mismatched.getJsonArray("fileProblems").getString(0)).contains("文件内容与文件名不符");
  }

  @Test
  void theDirectoryListsPeopleByDepartmentForPickers() {
    List<String> names = AtriumClient.json(client.get("/api/v1/users?q=admin")).asJsonObject().getJsonArray("items")
        .stream().map(v -> v.asJsonObject().getString("username")).toList();
    assertThat(names).contains("admin");
  }
}
