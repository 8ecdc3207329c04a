package io.atrium.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Automation rules on the real server, with forms as record source and the server clock moved: a
 * lead assigned by region within a minute and returned to the public pool with the supervisor
 * notified 48 hours later without follow-up; an order through finance and warehouse approval with a
 * repurchase to-do 30 days later; test mode changing nothing; the run log; refused rules.
 */
public abstract class WorkflowsRulesTests extends ServerTest {

  private static final String PASSWORD = "Rules-IT-2026!";
  private static final Duration WITHIN = Duration.ofSeconds(60);

  private long supervisorId;
  private String supervisor;
  private long repId;
  private String rep;

  @BeforeEach
  void salesPeople() {
    formsPluginActive();
    workflowsPluginActive();
    long sales = AtriumClient.json(client.postJson("/api/v1/departments", "{\"name\": \"" + unique("销售部")
        + "\"}")).asJsonObject().getJsonNumber("id").longValue();
    supervisor = unique("supervisor");
    supervisorId = user(supervisor, "销售主管", sales, null);
    rep = unique("rep");
    repId = user(rep, "华东销售", sales, supervisorId);
  }

  @AfterEach
  void clockBack() {
    resetClock();
  }

  @Test
  void aLeadIsAssignedByRegionAndGoesBackToThePoolAfter48HoursWithoutFollowUp() {
    String form = form("lead", "线索", """
        {"name": "company", "type": "text", "label": "公司", "required": true},
        {"name": "region", "type": "text", "label": "区域"},
        {"name": "received_at", "type": "datetime", "label": "收到时间"},
        {"name": "lead_status", "type": "text", "label": "状态"}""");
    String source = "forms." + form;
    String assign = unique("assign");
    rule("""
        {"id": "%s", "name": "按区域分配", "source": "%s", "trigger": {"type": "recordCreated"},
         "actions": [
          {"type": "assignOwner", "owner": {"type": "mapping", "field": "region", "table": {"华东": %d}}},
          {"type": "updateFields", "values": {"lead_status": "'assigned'"}}]}""".formatted(assign, source, repId));
    String pool = unique("pool");
    String poolName = unique("48小时未跟进");
    rule("""
        {"id": "%s", "name": "%s", "source": "%s",
         "trigger": {"type": "relativeDate", "field": "received_at", "offset": 48, "unit": "hours"},
         "condition": "lead_status == 'assigned'",
         "actions": [
          {"type": "notify", "recipients": {"supervisor": true}, "message": "线索 48 小时未跟进，已退回公海池"},
          {"type": "returnToPool", "statusField": "lead_status", "statusValue": "public"}]}"""
        .formatted(pool, poolName, source));

    // the public intake's way in: a REST create
    long lead = record(form, "{\"company\": \"东方贸易\", \"region\": \"华东\", \"received_at\": \"" + serverNow()
        + "\"}");
    JsonObject assigned = await(() -> Optional.of(read(form, lead)).filter(r -> owner(r) == repId), WITHIN,
        "lead " + lead + " assigned to the 华东 rep");
    assertThat(assigned.getJsonObject("values").getString("lead_status")).isEqualTo("assigned");

    advanceClock(Duration.ofHours(48).plusMinutes(1));
    JsonObject back = await(() -> Optional.of(read(form, lead)).filter(r -> owner(r) == null), WITHIN,
        "lead " + lead + " back in the public pool");
    assertThat(back.getJsonObject("values").getString("lead_status")).isEqualTo("public");
    JsonObject notice = await(() -> inbox(supervisor).stream().filter(n -> n.getString("title", "").contains(poolName))
        .findFirst(), WITHIN, "the supervisor's notification");
    assertThat(notice.getString("body", "")).contains("线索 48 小时未跟进");

    // the run log shows both rules' runs, with trigger and outcome
    assertThat(runs(assign)).anyMatch(r -> r.getString("trigger").equals("RECORD_CREATED")
        && r.getString("outcome").equals("DONE") && r.getString("record").equals(source + "/" + lead));
    assertThat(runs(pool)).anyMatch(r -> r.getString("trigger").equals("RELATIVE_DATE")
        && r.getString("outcome").equals("DONE") && r.getJsonArray("effects").toString().contains("ownerId=null"));

    // test mode on a new lead changes nothing: the rule is off, the test only shows what it would do
    assertThat(client.post("/api/v1/workflows/rules/" + assign + "/disable").statusCode()).isEqualTo(200);
    long second = record(form, "{\"company\": \"西湖茶业\", \"region\": \"华东\"}");
    HttpResponse<String> tested = client.postJson("/api/v1/workflows/rules/" + assign + "/test",
        "{\"record\": \"" + source + "/" + second + "\"}");
    assertThat(tested.statusCode()).as(tested.body()).isEqualTo(200);
    JsonObject test = AtriumClient.json(tested).asJsonObject();
    assertThat(test.getString("outcome")).isEqualTo("TEST");
    assertThat(test.getJsonArray("actions").toString()).contains("SetOwner[record=" + source + "/" + second
        + ", ownerId=" + repId + "]").contains("lead_status=assigned");
    AtriumClient.sleep(3_000);
    JsonObject untouched = read(form, second);
    assertThat(owner(untouched)).as("test mode assigns nobody").isNotEqualTo(repId);
    assertThat(untouched.getJsonObject("values").get("lead_status")).isIn(null, JsonValue.NULL);
    assertThat(runs(assign)).anyMatch(r -> r.getBoolean("test") && r.getString("outcome").equals("TEST"))
        .noneMatch(r -> !r.getBoolean("test") && r.getString("record").equals(source + "/" + second));
  }

  @Test
  void anOrderGoesThroughFinanceAndWarehouseAndARepurchaseToDoComes30DaysLater() {
    long finance = user(unique("finance"), "财务", null, null);
    String financeName = lastUser;
    long warehouse = user(unique("warehouse"), "仓库", null, null);
    String warehouseName = lastUser;
    String form = form("order", "订单", """
        {"name": "product", "type": "text", "label": "产品", "required": true},
        {"name": "amount", "type": "money", "label": "金额", "scale": 2},
        {"name": "ordered_at", "type": "datetime", "label": "下单时间"},
        {"name": "stage", "type": "text", "label": "阶段"}""");
    String source = "forms." + form;
    grant(form, repId);
    String process = unique("orderflow");
    HttpResponse<String> created = client.postJson("/api/v1/workflows/definitions", "{\"source\": \"" + source
        + "\", \"definition\": {\"key\": \"" + process + "\", \"name\": \"订单审批\", \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\", \"name\": \"提交\"}, "
        + approver("finance", "财务审批", finance) + ", " + approver("warehouse", "仓库审批", warehouse)
        + ", {\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(client.post("/api/v1/workflows/definitions/" + process + "/publish").statusCode()).isEqualTo(200);
    String title = unique("复购提醒");
    rule("""
        {"id": "%s", "name": "订单提交审批", "source": "%s", "trigger": {"type": "recordCreated"},
         "actions": [{"type": "startProcess", "process": "%s"}]}""".formatted(unique("start"), source, process));
    rule("""
        {"id": "%s", "name": "审批通过", "source": "%s", "trigger": {"type": "approvalFinished", "outcome": "approved"},
         "actions": [{"type": "updateFields", "values": {"stage": "'approved'"}}]}""".formatted(unique("done"), source));
    String repurchase = unique("repurchase");
    rule("""
        {"id": "%s", "name": "复购提醒", "source": "%s",
         "trigger": {"type": "relativeDate", "field": "ordered_at", "offset": 30, "unit": "days"},
         "condition": "stage == 'approved'",
         "actions": [{"type": "createTodo", "title": "%s", "assignees": {"owner": true},
                      "due": {"amount": 1, "unit": "days"}}]}""".formatted(repurchase, source, title));

    HttpResponse<String> order = post(rep, "/api/v1/forms/" + form + "/records", "{\"values\": {\"product\": \"茶叶礼盒\","
        + " \"amount\": 880, \"ordered_at\": \"" + serverNow() + "\"}}");
    assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
    long id = AtriumClient.json(order).asJsonObject().getJsonNumber("id").longValue();
    String ref = source + "/" + id;

    JsonObject financeTask = await(() -> task(financeName, ref), WITHIN, "the finance task of " + ref);
    act(financeName, financeTask);
    JsonObject warehouseTask = await(() -> task(warehouseName, ref), WITHIN, "the warehouse task of " + ref);
    act(warehouseName, warehouseTask);
    await(() -> Optional.of(read(form, id)).filter(r -> "approved".equals(r.getJsonObject("values")
        .getString("stage", ""))), WITHIN, "the approval's end seen by the rule");
    assertThat(read(form, id).getString("status")).isEqualTo("APPROVED");
    assertThat(todo(rep, title)).as("no reminder before 30 days").doesNotContain(title);

    advanceClock(Duration.ofDays(30).plusHours(1));
    await(() -> Optional.of(todo(rep, title)).filter(page -> page.contains(title)), WITHIN,
        "the repurchase to-do in the rep's to-do center");
    assertThat(runs(repurchase)).anyMatch(r -> r.getString("outcome").equals("DONE")
        && r.getJsonArray("effects").toString().contains("CreateTodo[assigneeId=" + repId));
  }

  @Test
  void malformedRulesAnswer400FailedChecks422AndAStaleChange409() {
    String form = form("probe", "探针", "{\"name\": \"region\", \"type\": \"text\", \"label\": \"区域\"}");
    HttpResponse<String> broken = client.postJson("/api/v1/workflows/rules", "{\"id\": \"x\", \"name\": \"坏\","
        + " \"trigger\": {\"type\": \"recordCreatd\"}, \"actions\": []}");
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
    assertThat(broken.body()).contains("$.trigger.type");
    HttpResponse<String> notJson = client.postJson("/api/v1/workflows/rules", "{\"id\": ");
    assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);

    String key = unique("checked");
    HttpResponse<String> unknownField = client.postJson("/api/v1/workflows/rules", """
        {"id": "%s", "name": "查字段", "source": "forms.%s", "trigger": {"type": "recordCreated"},
         "actions": [{"type": "updateFields", "values": {"nosuchfield": "'x'"}}]}""".formatted(key, form));
    assertThat(unknownField.statusCode()).as(unknownField.body()).isEqualTo(422);
    assertThat(unknownField.body()).contains("$.actions[0].values");

    String rule = """
        {"id": "%s", "name": "查字段", "source": "forms.%s", "trigger": {"type": "recordCreated"},
         "actions": [{"type": "updateFields", "values": {"region": "'华东'"}}]}""".formatted(key, form);
    JsonObject saved = rule(rule);
    assertThat(saved.getInt("version")).isEqualTo(1);
    HttpResponse<String> changed = client.putJson("/api/v1/workflows/rules/" + key, "{\"version\": 1, \"rule\": "
        + rule.replace("'华东'", "'华南'") + "}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(AtriumClient.json(changed).asJsonObject().getInt("version")).isEqualTo(2);
    HttpResponse<String> stale = client.putJson("/api/v1/workflows/rules/" + key, "{\"version\": 1, \"rule\": " + rule
        + "}");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(client.send(client.as(rep, PASSWORD, "/api/v1/workflows/rules").GET()).statusCode())
        .as("rules need workflows:design").isEqualTo(403);
    assertThat(client.delete("/api/v1/workflows/rules/" + key).statusCode()).isEqualTo(204);
    assertThat(client.get("/api/v1/workflows/rules/" + key).statusCode()).isEqualTo(404);
  }

  // --- forms, records, rules

  private String form(String prefix, String name, String fields) {
    String key = unique(prefix);
    HttpResponse<String> form = client.postJson("/api/v1/forms", """
        {"key": "%s", "name": {"zh-CN": "%s", "en": "%s"}, "sections": [{"columns": 1, "fields": [%s]}]}"""
        .formatted(key, name, prefix, fields));
    assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
    HttpResponse<String> published = client.post("/api/v1/forms/" + key + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return key;
  }

  private void grant(String form, long id) {
    String role = unique("orders");
    HttpResponse<String> created = client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": "
        + "[\"forms:" + form + ":create\", \"forms:" + form + ":view\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> granted = client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\": [\"" + role + "\"]}");
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
  }

  private long record(String form, String values) {
    HttpResponse<String> created = client.postJson("/api/v1/forms/" + form + "/records", "{\"values\": " + values
        + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private JsonObject read(String form, long id) {
    HttpResponse<String> read = client.get("/api/v1/forms/" + form + "/records/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return AtriumClient.json(read).asJsonObject();
  }

  private static Long owner(JsonObject record) {
    JsonValue owner = record.get("ownerId");
    return owner == null || owner == JsonValue.NULL ? null : record.getJsonNumber("ownerId").longValue();
  }

  private JsonObject rule(String json) {
    HttpResponse<String> saved = client.postJson("/api/v1/workflows/rules", json);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    return AtriumClient.json(saved).asJsonObject();
  }

  private List<JsonObject> runs(String rule) {
    HttpResponse<String> runs = client.get("/api/v1/workflows/rules/" + rule + "/runs?limit=50");
    assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
    return AtriumClient.json(runs).asJsonObject().getJsonArray("runs").getValuesAs(JsonObject.class);
  }

  // --- approvals, to-dos, notifications

  private static String approver(String id, String name, long user) {
    return "{\"id\": \"" + id + "\", \"type\": \"approver\", \"name\": \"" + name + "\", \"approvers\": {\"type\":"
        + " \"users\", \"users\": [" + user + "]}, \"whenNobody\": \"reject\"}";
  }

  private Optional<JsonObject> task(String username, String recordRef) {
    HttpResponse<String> mine = client.send(client.as(username, PASSWORD, "/api/v1/workflows/tasks?limit=200").GET());
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    return AtriumClient.json(mine).asJsonObject().getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.toString().contains(recordRef)).findFirst();
  }

  private void act(String username, JsonObject task) {
    HttpResponse<String> approved = post(username, "/api/v1/workflows/tasks/" + task.getString("id") + "/approve",
        "{\"actionId\": \"" + java.util.UUID.randomUUID() + "\", \"version\": "
            + task.getJsonNumber("instanceVersion").longValue() + ", \"comment\": \"同意\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
  }

  /** The rows of the user's to-do center filtered by the words: the filter box echoes them, so only the table counts. */
  private String todo(String username, String words) {
    String page = client.login(username, PASSWORD)
        .get("/todo.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
    int rows = page.indexOf("id=\"todoForm:tasks_data\"");
    assertThat(rows).as("the to-do table in " + page).isNotNegative();
    return page.substring(rows, page.indexOf("</tbody>", rows));
  }

  private List<JsonObject> inbox(String username) {
    HttpResponse<String> inbox = client.send(client.as(username, PASSWORD, "/api/v1/notifications?limit=100").GET());
    assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
    return AtriumClient.json(inbox).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  // --- the clock, people, waiting

  private Instant serverNow() {
    HttpResponse<String> info = client.postJson("/api/v1/system/clock", "{\"advanceSeconds\": 0}");
    assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
    return Instant.parse(AtriumClient.json(info).asJsonObject().getString("now"));
  }

  private String lastUser;

  private long user(String username, String displayName, Long departmentId, Long manager) {
    lastUser = username;
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\": \"" + username
        + "\", \"displayName\": \"" + displayName + "\", \"password\": \"" + PASSWORD + "\""
        + (departmentId == null ? "" : ", \"departmentId\": " + departmentId)
        + (manager == null ? "" : ", \"managerId\": " + manager) + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private HttpResponse<String> post(String username, String path, String json) {
    return client.send(client.as(username, PASSWORD, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }
}
