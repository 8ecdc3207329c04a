package io.atrium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin console and the signed-in user's own pages, driven like a browser: pages rendered for
 * administrators and for users with fewer permissions, Faces ajax posts of the dialogs and
 * buttons, and what they change, checked through the REST API.
 */
public abstract class AdminConsoleTests extends ServerTest {

  private static final String PASSWORD = "Str0ng-passw0rd";
  private static final String USERS = "/admin/users.xhtml";
  private static final String PLUGINS = "/admin/plugins.xhtml";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private AtriumClient.Browser admin;

  @BeforeEach
  void signIn() {
    admin = client.login("admin", adminPassword());
  }

  // ------------------------------------------------------------------------------- rendering

  @Test
  void everyAdminPageRendersForTheAdministrator() {
    String database = AtriumClient.json(client.get("/api/v1/system")).asJsonObject().getString("database");
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put(PLUGINS, List.of("插件目录中被拒绝的 jar", "id=\"uploadForm:upload\"", "id=\"pluginsForm:plugins\""));
    pages.put(USERS, List.of("id=\"usersForm:users\"", "id=\"usersForm:create\"", "包含下级部门"));
    pages.put("/admin/departments.xhtml", List.of("id=\"departmentsForm:departments\"", "新建顶级部门"));
    pages.put("/admin/groups.xhtml", List.of("id=\"groupsForm:groups\"", "新建用户组"));
    pages.put("/admin/roles.xhtml", List.of("角色与权限", "id=\"rolesForm:roles\"", ">admin<"));
    pages.put("/admin/sessions.xhtml", List.of("已登录的会话", "登录锁定", "id=\"sessionsForm:sessions\"", ">admin<"));
    pages.put("/admin/tokens.xhtml", List.of("API 令牌", "id=\"tokensForm:tokens\""));
    pages.put("/admin/system.xhtml", List.of("Atrium 版本", "1.0.0", database, "就绪检查", "内存（堆）"));
    pages.put("/me/profile.xhtml", List.of("个人资料", "id=\"profileForm:email\"", ">admin<"));
    pages.put("/me/password.xhtml", List.of("当前密码", "id=\"passwordForm:change\""));
    pages.put("/me/sessions.xhtml", List.of("当前会话", "id=\"mySessionsForm:sessions\""));
    pages.put("/me/tokens.xhtml", List.of("新建令牌", "id=\"tokenForm:create\""));
    pages.forEach((path, texts) -> {
      HttpResponse<String> page = admin.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains(texts).contains("admin.css").doesNotContain("???");
    });
  }

  @Test
  void aDisplayNameWithMarkupIsShownEscaped() {
    String username = unique("xss");
    createUser(username, "<script>alert(1)</script>", List.of());

    String page = admin.get(USERS + "?q=" + username).body();

    assertThat(page).contains(username).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void everyPageRendersInEnglishWithoutMissingTexts() {
    String role = unique("everything");
    createRole(role, "[\"*\"]");
    String username = unique("english");
    createUser(username, "English " + username, List.of(role));
    AtriumClient.Browser english = client.login(username, PASSWORD);
    english.get("/me/profile.xhtml");
    assertThat(english.ajax("/me/profile.xhtml", "profileForm", "profileForm:save", Map.of(
        "profileForm:locale_input", "en")).body()).contains("Your profile is saved.");

    Map<String, String> pages = new LinkedHashMap<>();
    pages.put(PLUGINS, "Refused jars in the plugin folder");
    pages.put(USERS, "Include sub-departments");
    pages.put("/admin/departments.xhtml", "New top-level department");
    pages.put("/admin/groups.xhtml", "New group");
    pages.put("/admin/roles.xhtml", "Roles and permissions");
    pages.put("/admin/sessions.xhtml", "Sign-in lockouts");
    pages.put("/admin/tokens.xhtml", "Revoking one stops it at once");
    pages.put("/admin/system.xhtml", "Plugin SDK version");
    pages.put("/me/profile.xhtml", "Contact and language");
    pages.put("/me/password.xhtml", "New password again");
    pages.put("/me/sessions.xhtml", "This session");
    pages.put("/me/tokens.xhtml", "Limit to permissions (optional)");
    pages.forEach((path, text) -> {
      HttpResponse<String> page = english.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains(text).doesNotContain("???");
    });
    english.get("/admin/roles.xhtml");
    assertThat(english.ajax("/admin/roles.xhtml", "rolesForm", "rolesForm:create", Map.of()).body())
        .contains("Row scopes").contains("Field rules").contains("Add a row scope").doesNotContain("???");
  }

  // ------------------------------------------------------------------------------ permissions

  @Test
  void aViewerSeesPeopleWithoutActionsAndCannotPostChanges() {
    String role = unique("viewers");
    createRole(role, "[\"atrium:users:view\"]");
    String username = unique("viewer");
    createUser(username, "只看 " + username, List.of(role));
    AtriumClient.Browser viewer = client.login(username, PASSWORD);

    HttpResponse<String> page = viewer.get(USERS);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"usersForm:users\"").doesNotContain("usersForm:create")
        .doesNotContain("id=\"userForm").doesNotContain(":edit\"").doesNotContain(":leave\"");
    assertThat(viewer.get("/admin/roles.xhtml").statusCode()).isEqualTo(403);
    assertThat(viewer.get(PLUGINS).statusCode()).isEqualTo(403);
    assertThat(viewer.get("/admin/sessions.xhtml").statusCode()).isEqualTo(403);

    String intruder = unique("intruder");
    HttpResponse<String> create = viewer.ajax(USERS, "usersForm", "usersForm:create", "userForm", Map.of());
    HttpResponse<String> save = viewer.ajax(USERS, "userForm", "userForm:save", Map.of("userForm:username", intruder,
        "userForm:displayName", "Intruder", "userForm:password", PASSWORD));

    assertThat(create.body()).doesNotContain("userForm:username");
    assertThat(save.body()).doesNotContain("已创建");
    assertThat(userCount(intruder)).isZero();
  }

  @Test
  void aSavePostedAfterThePermissionWasWithdrawnIsRefusedOnTheServer() {
    String viewers = unique("viewers");
    createRole(viewers, "[\"atrium:users:view\"]");
    String managers = unique("managers");
    createRole(managers, "[\"atrium:users:manage\"]");
    String username = unique("manager");
    long id = createUser(username, "管理 " + username, List.of(viewers, managers));
    AtriumClient.Browser manager = client.login(username, PASSWORD);
    assertThat(manager.get(USERS).body()).contains("id=\"usersForm:create\"");
    assertThat(manager.ajax(USERS, "usersForm", "usersForm:create", "userForm", Map.of()).body())
        .contains("id=\"userForm:username\"");

    assertThat(client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\":[\"" + viewers + "\"]}").statusCode())
        .isEqualTo(200);
    await("users:manage withdrawn from " + username, () -> client.send(client.as(username, PASSWORD,
        "/api/v1/users").header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers
        .ofString("{}"))).statusCode() == 403);
    String newcomer = unique("newcomer");
    HttpResponse<String> save = manager.ajax(USERS, "userForm", "userForm:save", Map.of("userForm:username",
        newcomer, "userForm:displayName", "Should not exist"));

    assertThat(save.body()).contains("<redirect url=\"/error/403.xhtml\"");
    assertThat(userCount(newcomer)).isZero();
  }

  // ------------------------------------------------------------------------------------ people

  @Test
  void aPersonIsCreatedThroughTheDialogAfterFieldErrorsAreShown() {
    String role = unique("readers");
    createRole(role, "[\"atrium:plugins:view\"]");
    admin.get(USERS);
    assertThat(admin.ajax(USERS, "usersForm", "usersForm:create", "userForm", Map.of()).body())
        .contains("id=\"userForm:username\"");

    HttpResponse<String> bad = admin.ajax(USERS, "userForm", "userForm:save", Map.of("userForm:username", "x",
        "userForm:displayName", "", "userForm:email", "not-an-address"));
    assertThat(bad.body()).contains("登录名为 2 到 64 个字母").contains("此项为必填项").contains("这不是有效的电子邮件地址")
        .contains("ui-state-error").doesNotContain("已创建");

    String username = unique("new");
    HttpResponse<String> good = admin.ajax(USERS, "userForm", "userForm:save", Map.of("userForm:username", username,
        "userForm:displayName", "新同事 " + username, "userForm:email", username + "@example.com",
        "userForm:password", PASSWORD, "userForm:roles", role));
    assertThat(good.body()).contains("已创建").contains("新同事 " + username);

    JsonObject created = findUser(username);
    assertThat(created.getString("email")).isEqualTo(username + "@example.com");
    assertThat(created.getJsonArray("roles").getString(0)).isEqualTo(role);
    assertThat(client.login(username, PASSWORD).get("/admin/plugins.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aChangeMadeMeanwhileIsAConflictWithAReload() {
    String username = unique("conflict");
    long id = createUser(username, "冲突 " + username, List.of());
    String page = admin.get(USERS + "?q=" + username).body();
    int row = rowIndex(page, "usersForm:users", "username", username);
    assertThat(admin.ajax(USERS, "usersForm", "usersForm:users:" + row + ":edit", "userForm", Map.of()).body())
        .contains("value=\"" + username + "\"");

    assertThat(client.putJson("/api/v1/users/" + id, "{\"position\":\"改于别处\"}").statusCode()).isEqualTo(200);
    HttpResponse<String> conflict = admin.ajax(USERS, "userForm", "userForm:save", Map.of("userForm:username",
        username, "userForm:displayName", "对话框里的名字"));
    assertThat(conflict.body()).contains("其他人已修改了用户 " + username).contains("id=\"userForm:reload\"");
    assertThat(findUser(username).getString("displayName")).isEqualTo("冲突 " + username);

    HttpResponse<String> reloaded = admin.ajax(USERS, "userForm", "userForm:reload", Map.of());
    assertThat(reloaded.body()).contains("value=\"改于别处\"").doesNotContain("id=\"userForm:reload\"");
    HttpResponse<String> saved = admin.ajax(USERS, "userForm", "userForm:save", Map.of("userForm:username", username,
        "userForm:displayName", "对话框里的名字"));
    assertThat(saved.body()).contains("已保存");
    JsonObject user = findUser(username);
    assertThat(user.getString("displayName")).isEqualTo("对话框里的名字");
    assertThat(user.getString("position")).isEqualTo("改于别处");
  }

  @Test
  void anAdministratorSetsAPasswordAndMarksSomeoneAsLeft() {
    String username = unique("leaver");
    long id = createUser(username, "离职 " + username, List.of());
    AtriumClient.Browser leaver = client.login(username, PASSWORD);
    String page = admin.get(USERS + "?q=" + username).body();
    int row = rowIndex(page, "usersForm:users", "username", username);

    assertThat(admin.ajax(USERS, "usersForm", "usersForm:users:" + row + ":password", "passwordForm", Map.of())
        .body()).contains("id=\"passwordForm:newPassword\"");
    assertThat(admin.ajax(USERS, "passwordForm", "passwordForm:save", Map.of("passwordForm:newPassword", "short"))
        .body()).contains("密码至少 10 个字符");
    assertThat(admin.ajax(USERS, "passwordForm", "passwordForm:save", Map.of("passwordForm:newPassword",
        "Set-by-admin-42")).body()).contains("已设置 离职 " + username + " 的密码");
    client.login(username, "Set-by-admin-42");

    HttpResponse<String> left = admin.ajax(USERS, "usersForm", "usersForm:users:" + row + ":leave", Map.of());
    assertThat(left.body()).contains("已将 离职 " + username + " 标记为离职").contains("已离职");
    assertThat(AtriumClient.json(client.get("/api/v1/users/" + id)).asJsonObject().getString("status"))
        .isEqualTo("LEFT");
    assertThat(leaver.get("/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void aGroupIsCreatedWithAMemberAndARole() {
    String role = unique("group-role");
    createRole(role, "[\"atrium:system:view\"]");
    String username = unique("member");
    long memberId = createUser(username, "组员 " + username, List.of());
    String page = "/admin/groups.xhtml";
    admin.get(page);
    assertThat(admin.ajax(page, "groupsForm", "groupsForm:create", "groupForm", Map.of()).body())
        .contains("id=\"groupForm:name\"");

    String name = unique("项目组");
    HttpResponse<String> saved = admin.ajax(page, "groupForm", "groupForm:save", Map.of("groupForm:name", name,
        "groupForm:description", "做项目的人", "groupForm:members_hinput", Long.toString(memberId),
        "groupForm:roles", role));

    assertThat(saved.body()).contains("已创建用户组 " + name).contains("组员 " + username);
    JsonObject group = AtriumClient.json(client.get("/api/v1/groups")).asJsonArray().stream()
        .map(v -> v.asJsonObject()).filter(g -> g.getString("name").equals(name)).findFirst().orElseThrow();
    assertThat(group.getJsonArray("memberIds").getJsonNumber(0).longValue()).isEqualTo(memberId);
    assertThat(group.getJsonArray("roles").getString(0)).isEqualTo(role);
    assertThat(client.login(username, PASSWORD).get("/admin/system.xhtml").statusCode()).isEqualTo(200);
  }

  // ------------------------------------------------------------------------ departments, roles

  @Test
  void departmentsAreCreatedOnThePageAndOneWithChildrenIsNotDeleted() {
    String page = "/admin/departments.xhtml";
    admin.get(page);
    assertThat(admin.ajax(page, "departmentsForm", "departmentsForm:createTop", "departmentForm", Map.of()).body())
        .contains("id=\"departmentForm:name\"");
    assertThat(admin.ajax(page, "departmentForm", "departmentForm:save", Map.of("departmentForm:name", "")).body())
        .contains("此项为必填项");
    String name = unique("总部");
    assertThat(admin.ajax(page, "departmentForm", "departmentForm:save", Map.of("departmentForm:name", name)).body())
        .contains("已创建部门 " + name);
    long parentId = AtriumClient.json(client.get("/api/v1/departments")).asJsonArray().stream()
        .map(v -> v.asJsonObject()).filter(d -> d.getString("name").equals(name)).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
    String childName = unique("市场部");
    assertThat(client.postJson("/api/v1/departments", "{\"name\":\"" + childName + "\",\"parentId\":" + parentId
        + "}").statusCode()).isEqualTo(201);

    String tree = admin.get(page).body();
    String rowKey = treeRowKey(tree, "departmentsForm:departments", "name", name);
    HttpResponse<String> delete = admin.ajax(page, "departmentsForm", "departmentsForm:departments:" + rowKey
        + ":delete", Map.of());

    assertThat(delete.body()).contains("部门 " + name + " 仍有 1 个下级部门");

    String headName = unique("head");
    long headId = createUser(headName, "负责人 " + headName, List.of());
    tree = admin.get(page).body();
    String childKey = treeRowKey(tree, "departmentsForm:departments", "name", childName);
    assertThat(childKey).startsWith(rowKey + "_");
    assertThat(admin.ajax(page, "departmentsForm", "departmentsForm:departments:" + childKey + ":edit",
        "departmentForm", Map.of()).body()).contains("value=\"" + childName + "\"");
    HttpResponse<String> moved = admin.ajax(page, "departmentForm", "departmentForm:save", Map.of(
        "departmentForm:name", childName + " 新", "departmentForm:parent_input", "",
        "departmentForm:head_hinput", Long.toString(headId)));
    assertThat(moved.body()).contains("已保存对部门 " + childName + " 新 的修改").contains("负责人 " + headName);
    JsonObject child = AtriumClient.json(client.get("/api/v1/departments")).asJsonArray().stream()
        .map(v -> v.asJsonObject()).filter(d -> d.getString("name").equals(childName + " 新")).findFirst()
        .orElseThrow();
    assertThat(child.get("parentId")).as("a top-level department has no parent")
        .isIn(null, jakarta.json.JsonValue.NULL);
    assertThat(child.getJsonNumber("headId").longValue()).isEqualTo(headId);

    tree = admin.get(page).body();
    assertThat(admin.ajax(page, "departmentsForm", "departmentsForm:departments:"
        + treeRowKey(tree, "departmentsForm:departments", "name", name) + ":delete", Map.of()).body())
        .contains("已删除部门 " + name);
  }

  @Test
  void aRoleIsCreatedWithPermissionsAndARowScopeAndTheBuiltInRoleIsReadOnly() {
    String page = "/admin/roles.xhtml";
    String list = admin.get(page).body();
    int adminRow = rowIndex(list, "rolesForm:roles", "name", "admin");
    HttpResponse<String> builtIn = admin.ajax(page, "rolesForm", "rolesForm:roles:" + adminRow + ":edit", Map.of());
    assertThat(builtIn.body()).contains("id=\"builtInNote\"").doesNotContain("id=\"rolesForm:save\"");

    admin.get(page);
    assertThat(admin.ajax(page, "rolesForm", "rolesForm:create", Map.of()).body()).contains("id=\"rolesForm:name\"")
        .contains("Atrium 平台");
    admin.ajax(page, "rolesForm", "rolesForm:addScope", Map.of());
    HttpResponse<String> bad = admin.ajax(page, "rolesForm", "rolesForm:save", Map.of("rolesForm:name", "no spaces!"));
    assertThat(bad.body()).contains("角色名为 2 到 64 个字母").doesNotContain("已创建角色");

    String name = unique("auditors");
    HttpResponse<String> saved = admin.ajax(page, "rolesForm", "rolesForm:save", Map.of("rolesForm:name", name,
        "rolesForm:groups:0:permissions", "atrium:users:view", "rolesForm:otherPermissions", "crm:*",
        "rolesForm:scopes:0:resource", "crm:customer", "rolesForm:scopes:0:action", "read",
        "rolesForm:scopes:0:scope_input", "DEPARTMENT"));
    assertThat(saved.body()).contains("已创建角色 " + name);

    JsonObject role = AtriumClient.json(client.get("/api/v1/roles")).asJsonArray().stream().map(v -> v.asJsonObject())
        .filter(r -> r.getString("name").equals(name)).findFirst().orElseThrow();
    assertThat(role.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)).containsExactlyInAnyOrder("atrium:users:view", "crm:*");
    assertThat(role.getJsonObject("scopes").getJsonObject("crm:customer").getString("read")).isEqualTo("DEPARTMENT");
  }

  // ----------------------------------------------------------------------------------- plugins

  @Test
  void pluginsAreDisabledEnabledAndDescribedThroughThePage() {
    client.uninstallAllDataPlugins();
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);

    String page = admin.get(PLUGINS).body();
    int row = rowIndex(page, "pluginsForm:plugins", "pluginId", "hello");
    HttpResponse<String> disabled = admin.ajax(PLUGINS, "pluginsForm", "pluginsForm:plugins:" + row + ":disable",
        Map.of());
    assertThat(disabled.body()).contains("插件 Hello").contains("已停用");
    client.awaitPlugin("hello", p -> p != null && p.getString("state").equals("DISABLED") && !p.getBoolean("enabled"),
        WAIT);

    page = admin.get(PLUGINS).body();
    row = rowIndex(page, "pluginsForm:plugins", "pluginId", "hello");
    assertThat(page).contains("id=\"pluginsForm:plugins:" + row + ":enable\"");
    admin.ajax(PLUGINS, "pluginsForm", "pluginsForm:plugins:" + row + ":enable", Map.of());
    client.awaitPlugin("hello", p -> p != null && p.getString("state").equals("ACTIVE") && p.getBoolean("enabled"),
        WAIT);

    page = admin.get(PLUGINS).body();
    row = rowIndex(page, "pluginsForm:plugins", "pluginId", "hello");
    HttpResponse<String> details = admin.ajax(PLUGINS, "pluginsForm", "pluginsForm:plugins:" + row + ":details",
        Map.of());
    assertThat(details.body()).contains("/hello/index.xhtml").contains("hello:greeting:view").contains("查看和添加问候")
        .contains("hello_");
  }

  @Test
  void aJarUploadedOnThePageIsInstalledAndAFileThatIsNoJarIsRefusedWithTheReason() throws IOException {
    client.uninstallAllDataPlugins();
    admin.get(PLUGINS);
    // the advanced upload sends the file in a part named like the component
    String field = "uploadForm:upload";

    HttpResponse<String> refused = admin.upload(PLUGINS, "uploadForm", "uploadForm:upload", field, "pluginsForm",
        "notes.jar", "just some text".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("notes.jar 被拒绝").contains("not a JAR file");
    assertThat(client.plugin("hello")).isNull();

    admin.get(PLUGINS);
    HttpResponse<String> installed = admin.upload(PLUGINS, "uploadForm", "uploadForm:upload", field, "pluginsForm",
        "hello.jar", Files.readAllBytes(helloJar()));
    assertThat(installed.body()).contains("已安装");
    client.awaitPlugin("hello", p -> p != null && p.getString("state").equals("ACTIVE"), WAIT);
  }

  @Test
  void anOrgChartFileIsCheckedOnThePageAndImportedOnlyWhenClean() {
    String page = "/admin/import.xhtml";
    String person = "imp" + Long.toString(System.nanoTime(), 36);
    assertThat(admin.get(page).body()).contains("导入人员").contains("id=\"uploadForm:file\"");

    String broken = "登录名,姓名,上级\n" + person + ",导入测试,nobody-at-all\n";
    HttpResponse<String> checked = admin.upload(page, "uploadForm", "uploadForm:file", "uploadForm:file", "reportForm",
        "people.csv", broken.getBytes(StandardCharsets.UTF_8));
    assertThat(checked.body()).contains("有问题 1 行").contains("nobody-at-all").doesNotContain("reportForm:commit");

    admin.get(page);
    String clean = "登录名,姓名,部门\n" + person + ",导入测试,导入部/第一组\n";
    HttpResponse<String> ready = admin.upload(page, "uploadForm", "uploadForm:file", "uploadForm:file", "reportForm",
        "people.csv", clean.getBytes(StandardCharsets.UTF_8));
    assertThat(ready.body()).contains("新增 1 人").contains("导入部 / 第一组").contains("reportForm:commit");
    assertThat(client.get("/api/v1/users?q=" + person).body()).contains("\"total\":0");

    HttpResponse<String> imported = admin.ajax(page, "reportForm", "reportForm:commit", Map.of());
    assertThat(imported.body()).contains("已导入");
    assertThat(client.get("/api/v1/users?q=" + person).body()).contains("\"total\":1").contains("第一组");
  }

  // --------------------------------------------------------------------------- sessions, tokens

  @Test
  void anAdministratorEndsSomeonesSessionAndRevokesTheirToken() {
    String username = unique("remote");
    createUser(username, "远程 " + username, List.of());
    AtriumClient.Browser someone = client.login(username, PASSWORD);
    assertThat(someone.get("/index.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> issued = client.send(client.as(username, PASSWORD, "/api/v1/tokens")
        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"script-" + username + "\",\"expiresInDays\":5}")));
    assertThat(issued.statusCode()).isEqualTo(201);
    String secret = AtriumClient.json(issued).asJsonObject().getString("token");

    String sessions = admin.get("/admin/sessions.xhtml").body();
    int row = rowIndex(sessions, "sessionsForm:sessions", "username", username);
    assertThat(admin.ajax("/admin/sessions.xhtml", "sessionsForm", "sessionsForm:sessions:" + row + ":end", Map.of())
        .body()).contains("已结束 " + username + " 的一个会话");
    assertThat(someone.get("/index.xhtml").statusCode()).isEqualTo(302);

    String tokens = admin.get("/admin/tokens.xhtml").body();
    int tokenRow = rowIndex(tokens, "tokensForm:tokens", "name", "script-" + username);
    assertThat(admin.ajax("/admin/tokens.xhtml", "tokensForm", "tokensForm:tokens:" + tokenRow + ":revoke", Map.of())
        .body()).contains("已吊销令牌 script-" + username);
    assertThat(client.send(client.withToken(secret, "/api/v1/me").GET()).statusCode()).isEqualTo(401);
  }

  // --------------------------------------------------------------------------------- "me" pages

  @Test
  void aUserKeepsTheirProfileTokensAndSessions() {
    String username = unique("me");
    long id = createUser(username, "本人 " + username, List.of());
    AtriumClient.Browser me = client.login(username, PASSWORD);
    AtriumClient.Browser other = client.login(username, PASSWORD);
    assertThat(me.get(USERS).statusCode()).isEqualTo(403);

    assertThat(me.get("/me/profile.xhtml").body()).contains(username).contains("本人 " + username);
    assertThat(me.ajax("/me/profile.xhtml", "profileForm", "profileForm:save", Map.of("profileForm:email", "nope"))
        .body()).contains("这不是有效的电子邮件地址");
    assertThat(me.ajax("/me/profile.xhtml", "profileForm", "profileForm:save", Map.of("profileForm:email",
        username + "@example.org", "profileForm:mobile", "13800138000")).body()).contains("个人资料已保存");
    JsonObject stored = AtriumClient.json(client.get("/api/v1/users/" + id)).asJsonObject();
    assertThat(stored.getString("email")).isEqualTo(username + "@example.org");
    assertThat(stored.getString("mobile")).isEqualTo("13800138000");

    String sessions = me.get("/me/sessions.xhtml").body();
    assertThat(occurrences(sessions, "当前会话</span>")).isEqualTo(1);
    assertThat(sessions).contains("id=\"mySessionsForm:endOthers\"");

    me.get("/me/tokens.xhtml");
    assertThat(me.ajax("/me/tokens.xhtml", "tokenForm", "tokenForm:create", Map.of("tokenForm:name", "",
        "tokenForm:days", "0")).body()).contains("1 到 100 个字符").contains("1 到 3650 天");
    HttpResponse<String> created = me.ajax("/me/tokens.xhtml", "tokenForm", "tokenForm:create", Map.of(
        "tokenForm:name", "nightly", "tokenForm:days", "7", "tokenForm:scopes", "atrium:users:view"));
    Matcher secret = Pattern.compile("value=\"(atr_[A-Za-z0-9_-]+)\"").matcher(created.body());
    assertThat(secret.find()).as(created.body()).isTrue();
    assertThat(created.body()).contains("只显示这一次").contains("id=\"copySecret\"");
    HttpResponse<String> asToken = client.send(client.withToken(secret.group(1), "/api/v1/me").GET());
    assertThat(asToken.statusCode()).isEqualTo(200);
    assertThat(AtriumClient.json(asToken).asJsonObject().getJsonArray("tokenScopes").getString(0))
        .isEqualTo("atrium:users:view");
    String tokens = me.get("/me/tokens.xhtml").body();
    assertThat(tokens).doesNotContain(secret.group(1));
    int row = rowIndex(tokens, "tokenForm:tokens", "tokenName", "nightly");
    assertThat(me.ajax("/me/tokens.xhtml", "tokenForm", "tokenForm:tokens:" + row + ":revoke", Map.of()).body())
        .contains("已吊销令牌 nightly");
    assertThat(client.send(client.withToken(secret.group(1), "/api/v1/me").GET()).statusCode()).isEqualTo(401);

    me.get("/me/profile.xhtml");
    assertThat(me.ajax("/me/profile.xhtml", "profileForm", "profileForm:save", Map.of("profileForm:locale_input",
        "en")).body()).contains("Your profile is saved.");
    assertThat(me.get("/me/password.xhtml").body()).contains("Current password").contains("My sessions");
    assertThat(other.get("/index.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordChangeEndsTheUsersOtherSessionsButNotThisOne() {
    String username = unique("pw");
    createUser(username, "改密 " + username, List.of());
    AtriumClient.Browser here = client.login(username, PASSWORD);
    AtriumClient.Browser elsewhere = client.login(username, PASSWORD);
    String page = "/me/password.xhtml";
    here.get(page);

    assertThat(here.ajax(page, "passwordForm", "passwordForm:change", Map.of("passwordForm:current", "wrong-password",
        "passwordForm:newPassword", "An0ther-passw0rd", "passwordForm:repeat", "An0ther-passw0rd")).body())
        .contains("当前密码不正确");
    assertThat(here.ajax(page, "passwordForm", "passwordForm:change", Map.of("passwordForm:current", PASSWORD,
        "passwordForm:newPassword", "An0ther-passw0rd", "passwordForm:repeat", "Different-passw0rd")).body())
        .contains("两次输入的新密码不一致");
    assertThat(elsewhere.get("/index.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> changed = here.ajax(page, "passwordForm", "passwordForm:change", Map.of(
        "passwordForm:current", PASSWORD, "passwordForm:newPassword", "An0ther-passw0rd", "passwordForm:repeat",
        "An0ther-passw0rd"));

    assertThat(changed.body()).contains("密码已修改，1 个其他会话已退出登录");
    HttpResponse<String> signedOut = elsewhere.get("/index.xhtml");
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login"));
    assertThat(here.get("/index.xhtml").statusCode()).isEqualTo(200);
    assertThat(client.login(username, "An0ther-passw0rd").get("/me/profile.xhtml").statusCode()).isEqualTo(200);
  }

  // ----------------------------------------------------------------------------------- helpers


  private long createUser(String username, String displayName, List<String> roles) {
    String roleJson = roles.isEmpty() ? "" : ",\"roles\":[\"" + String.join("\",\"", roles) + "\"]";
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"" + displayName.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"password\":\""
        + PASSWORD + "\"" + roleJson + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private void createRole(String name, String permissionsJson) {
    HttpResponse<String> role = client.postJson("/api/v1/roles", "{\"name\":\"" + name + "\",\"permissions\":"
        + permissionsJson + "}");
    assertThat(role.statusCode()).as(role.body()).isEqualTo(201);
  }

  private JsonObject findUser(String username) {
    var items = AtriumClient.json(client.get("/api/v1/users?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
        .asJsonObject().getJsonArray("items");
    return items.stream().map(v -> v.asJsonObject()).filter(u -> u.getString("username").equals(username))
        .findFirst().orElseThrow(() -> new AssertionError("No user " + username));
  }

  private long userCount(String username) {
    return AtriumClient.json(client.get("/api/v1/users?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
        .asJsonObject().getJsonNumber("total").longValue();
  }

  /** The row index of the data table row whose cell component {@code cell} shows {@code value}. */
  private static int rowIndex(String page, String table, String cell, String value) {
    Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(table) + ":(\\d+):" + Pattern.quote(cell)
        + "\"[^>]*>" + Pattern.quote(value) + "<").matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("No row of " + table + " shows " + value);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** The row key of the tree table row whose cell component {@code cell} shows {@code value}. */
  private static String treeRowKey(String page, String table, String cell, String value) {
    Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(table) + ":([0-9_]+):" + Pattern.quote(cell)
        + "\"[^>]*>" + Pattern.quote(value) + "<").matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("No row of " + table + " shows " + value);
    }
    return matcher.group(1);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return;
      }
      AtriumClient.sleep(100);
    }
    throw new AssertionError("Timed out waiting for " + what);
  }
}
