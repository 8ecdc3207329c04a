package io.atrium.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workflows REST API on the real server with the forms plugin as record source: the campaign
 * budget scenario of PRODUCT.md (above 100,000 goes to the director), an or-sign race, repeated
 * action ids, refused definitions with their JSON paths, the assignee check, urging, the task in
 * the unified to-do center, delegation and removing a signer, and out-of-office stand-ins.
 */
public abstract class WorkflowsRestTests extends ServerTest {

  private static final String PASSWORD = "Flows-IT-2026!";
  private static final Duration WITHIN = Duration.ofSeconds(60);

  private String formKey;
  private String submitter;
  private long submitterId;
  private long managerId;
  private String manager;
  private long directorId;
  private String director;
  private long marketing;

  @BeforeEach
  void campaignFormAndPeople() {
    formsPluginActive();
    workflowsPluginActive();
    formKey = unique("campaign");
    HttpResponse<String> form = client.postJson("/api/v1/forms", """
        {"key": "%s", "name": {"zh-CN": "营销活动立项", "en": "Campaign proposal"}, "sections": [{"columns": 1,
         "fields": [
          {"name": "title", "type": "text", "label": "活动名称", "required": true, "maxLength": 100},
          {"name": "budget", "type": "money", "label": "预算", "min": 0, "scale": 2}]}]}""".formatted(formKey));
    assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
    HttpResponse<String> published = client.post("/api/v1/forms/" + formKey + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    String role = unique("marketer");
    HttpResponse<String> roleCreated = client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": "
        + "[\"forms:" + formKey + ":create\", \"forms:" + formKey + ":view\"]}");
    assertThat(roleCreated.statusCode()).as(roleCreated.body()).isEqualTo(201);
    JsonObject department = AtriumClient.json(client.postJson("/api/v1/departments", "{\"name\": \""
        + unique("市场部") + "\"}")).asJsonObject();
    marketing = department.getJsonNumber("id").longValue();
    director = unique("director");
    directorId = user(director, "总监", marketing, null, null);
    manager = unique("manager");
    managerId = user(manager, "经理", marketing, directorId, null);
    submitter = unique("planner");
    submitterId = user(submitter, "策划", marketing, managerId, role);
  }

  @Test
  void aCampaignBudgetAbove100000GoesToTheDirector() {
    String process = publish(budgetProcess(unique("budget")));

    long small = record("小型沙龙", "50000");
    JsonObject smallStarted = start(process, small);
    assertThat(smallStarted.getString("approvalStatus")).isEqualTo("inApproval");
    assertThat(recordStatus(small)).isEqualTo("IN_APPROVAL");
    JsonObject smallApproved = approve(managerTask(smallStarted), manager, smallStarted.getJsonNumber("version"));
    assertThat(smallApproved.getString("status")).as("50,000 needs only the manager").isEqualTo("approved");
    assertThat(recordStatus(small)).isEqualTo("APPROVED");

    long big = record("年度发布会", "150000");
    JsonObject bigStarted = start(process, big);
    JsonObject afterManager = approve(managerTask(bigStarted), manager, bigStarted.getJsonNumber("version"));
    assertThat(afterManager.getString("status")).as("150,000 goes on to the director").isEqualTo("running");
    assertThat(recordStatus(big)).isEqualTo("IN_APPROVAL");
    String directorsTask = pendingTaskOf(afterManager, directorId);
    JsonObject done = approve(directorsTask, director, afterManager.getJsonNumber("version"));
    assertThat(done.getString("status")).isEqualTo("approved");
    assertThat(done.getString("approvalStatus")).isEqualTo("approved");
    assertThat(recordStatus(big)).isEqualTo("APPROVED");

    JsonObject read = AtriumClient.json(client.send(client.as(submitter, PASSWORD, "/api/v1/workflows/instances/"
        + done.getString("id")).GET())).asJsonObject();
    List<String> trail = read.getJsonArray("trail").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind") + ":" + (e.containsKey("actorId") ? e.getJsonNumber("actorId").longValue() : 0))
        .toList();
    assertThat(trail).containsSubsequence("started:" + submitterId, "approved:" + managerId, "approved:" + directorId);
    assertThat(read.getJsonArray("trail").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.containsKey("nodeName")).map(e -> e.getString("nodeName")).toList()).contains("经理审批", "总监审批");
    assertThat(client.send(client.as(director, PASSWORD, "/api/v1/workflows/instances/" + smallStarted.getString("id"))
        .GET()).statusCode()).as("the director had no part in the small one").isEqualTo(403);
  }

  @AfterEach
  void clockBack() {
    resetClock();
  }

  @Test
  void aDelayWakesOnTheServersClockThenTheSlaRemindsAndApprovesOnTheManagersBehalf() {
    String process = publish(definition(unique("cooloff"), "冷静期审批",
        "{\"id\": \"wait\", \"type\": \"delay\", \"name\": \"冷静期\", \"after\": \"PT2H\", \"counting\": \"calendar\"}",
        approver("manager", "{\"type\": \"managerChain\", \"levels\": 1}", "\"sla\": {\"remindAfter\": \"PT1H\","
            + " \"escalateAfter\": \"PT3H\", \"escalation\": \"autoApprove\"}, ")));
    long id = record("冷静期活动", "20000");
    JsonObject started = start(process, id);
    assertThat(started.getJsonArray("tasks")).as("waiting at the delay").isEmpty();

    advanceClock(Duration.ofHours(2).plusMinutes(1));
    JsonObject woken = await(() -> Optional.of(instance(started)).filter(i -> !i.getJsonArray("tasks").isEmpty()),
        WITHIN, "the manager's task after the delay");
    pendingTaskOf(woken, managerId);

    advanceClock(Duration.ofHours(1));
    JsonObject reminder = await(() -> inbox(manager).stream()
        .filter(n -> n.getString("category", "").equals("workflows.task.reminded")).findFirst(), WITHIN,
        "the manager's SLA reminder");
    assertThat(reminder.getString("title")).contains("冷静期审批");

    advanceClock(Duration.ofHours(2));
    JsonObject done = await(() -> Optional.of(instance(started)).filter(i -> i.getString("status").equals("approved")),
        WITHIN, "the escalation's approval");
    assertThat(done.getJsonArray("trail").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
        .contains("escalationApproved");
    assertThat(recordStatus(id)).isEqualTo("APPROVED");
    assertThat(inbox(manager)).as("the manager hears it was approved on their behalf")
        .anyMatch(n -> n.getString("category", "").equals("workflows.task.escalated"));
  }

  @Test
  void twoOrSignApproversActingAtOnceOneWinsTheOtherHearsWhy() throws Exception {
    String key = unique("orsign");
    String process = publish(definition(key, "或签", approver("pair", "{\"type\": \"users\", \"users\": [" + managerId
        + ", " + directorId + "]}", "\"mode\": \"orSign\", ")));
    JsonObject started = start(process, record("双人或签", "1000"));
    String managersTask = pendingTaskOf(started, managerId);
    String directorsTask = pendingTaskOf(started, directorId);
    long version = started.getJsonNumber("version").longValue();

    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> awaitThen(go,
        () -> act(manager, managersTask, "approve", version, UUID.randomUUID().toString(), "")));
    CompletableFuture<HttpResponse<String>> two = CompletableFuture.supplyAsync(() -> awaitThen(go,
        () -> act(director, directorsTask, "approve", version, UUID.randomUUID().toString(), "")));
    go.countDown();
    List<HttpResponse<String>> answers = List.of(one.get(), two.get());
    List<Integer> codes = answers.stream().map(HttpResponse::statusCode).sorted().toList();
    assertThat(codes).as(answers.stream().map(HttpResponse::body).collect(Collectors.joining("\n"))).containsExactly(200, 409);
    HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
    assertThat(loser.body()).contains("\"status\":409").contains(started.getString("id"));

    JsonObject now = AtriumClient.json(client.get("/api/v1/workflows/instances/" + started.getString("id")))
        .asJsonObject();
    assertThat(now.getString("status")).isEqualTo("approved");
    assertThat(now.getJsonNumber("version").longValue()).as("one action, one new version").isEqualTo(version + 1);
    assertThat(now.getJsonArray("trail").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("kind").equals("approved")).count()).isEqualTo(1);
  }

  @Test
  void theSameActionIdTwiceChangesNothingTwice() {
    String process = publish(budgetProcess(unique("again")));
    long id = record("重复提交", "150000");
    String startId = UUID.randomUUID().toString();
    HttpResponse<String> first = startAs(process, id, startId);
    HttpResponse<String> second = startAs(process, id, startId);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    JsonObject started = AtriumClient.json(first).asJsonObject();
    assertThat(AtriumClient.json(second).asJsonObject().getString("id")).isEqualTo(started.getString("id"));
    assertThat(AtriumClient.json(second).asJsonObject().getBoolean("repeated")).isTrue();

    String task = managerTask(started);
    String actionId = UUID.randomUUID().toString();
    long version = started.getJsonNumber("version").longValue();
    HttpResponse<String> approved = act(manager, task, "approve", version, actionId, "同意");
    HttpResponse<String> again = act(manager, task, "approve", version, actionId, "同意");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(again.statusCode()).as("a repeat is answered, not refused: %s", again.body()).isEqualTo(200);
    JsonObject repeated = AtriumClient.json(again).asJsonObject();
    assertThat(repeated.getBoolean("repeated")).isTrue();
    assertThat(repeated.getJsonNumber("version").longValue()).isEqualTo(version + 1);
    assertThat(repeated.getJsonArray("trail")).hasSameSizeAs(AtriumClient.json(approved).asJsonObject()
        .getJsonArray("trail"));
  }

  @Test
  void malformedAndUnpublishableDefinitionsAreRefusedWithTheirJsonPaths() {
    String key = unique("broken");
    HttpResponse<String> typo = client.postJson("/api/v1/workflows/definitions", draftBody(definition(key, "坏的",
        "{\"id\": \"x\", \"type\": \"aprover\", \"name\": \"x\"}")));
    assertThat(typo.statusCode()).as(typo.body()).isEqualTo(400);
    assertThat(pointers(typo)).contains("$.definition.nodes[1].type");

    HttpResponse<String> noDefault = client.postJson("/api/v1/workflows/definitions", draftBody(definition(key, "无默认",
        "{\"id\": \"amount\", \"type\": \"condition\", \"name\": \"金额\", \"branches\": ["
            + "{\"id\": \"big\", \"name\": \"大额\", \"when\": \"budget > 100000\", \"nodes\": []},"
            + "{\"id\": \"huge\", \"name\": \"巨额\", \"when\": \"nosuchfield > 1\", \"nodes\": []}]}")));
    assertThat(noDefault.statusCode()).as("the structure is fine, so the draft is saved: %s", noDefault.body())
        .isEqualTo(201);
    HttpResponse<String> publish = client.post("/api/v1/workflows/definitions/" + key + "/publish");
    assertThat(publish.statusCode()).as(publish.body()).isEqualTo(422);
    assertThat(pointers(publish)).contains("$.definition.nodes[1].branches")
        .anyMatch(p -> p.startsWith("$.definition.nodes[1].branches[1]"));
    JsonObject stored = AtriumClient.json(client.get("/api/v1/workflows/definitions/" + key)).asJsonObject();
    assertThat(stored.getInt("latestVersion")).as("nothing was published").isZero();

    assertThat(client.send(client.as(submitter, PASSWORD, "/api/v1/workflows/definitions").GET()).statusCode())
        .as("designing needs workflows:design").isEqualTo(403);
  }

  @Test
  void onlyTheAssigneeActsAndOnlyTheSubmitterUrgesOncePerTenMinutes() {
    String process = publish(budgetProcess(unique("mine")));
    JsonObject started = start(process, record("不是你的", "2000"));
    String task = managerTask(started);
    long version = started.getJsonNumber("version").longValue();

    HttpResponse<String> stranger = act(director, task, "approve", version, UUID.randomUUID().toString(), "");
    assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(403);
    assertThat(stranger.body()).contains(task);
    HttpResponse<String> stale = act(manager, task, "approve", version - 1, UUID.randomUUID().toString(), "");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

    assertThat(post(manager, "/api/v1/workflows/tasks/" + task + "/urge", "").statusCode())
        .as("the assignee does not urge themselves").isEqualTo(403);
    HttpResponse<String> urged = post(submitter, "/api/v1/workflows/tasks/" + task + "/urge", "");
    assertThat(urged.statusCode()).as(urged.body()).isEqualTo(200);
    HttpResponse<String> tooSoon = post(submitter, "/api/v1/workflows/tasks/" + task + "/urge", "");
    assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(429);
    assertThat(tooSoon.headers().firstValue("Retry-After")).isPresent();

    HttpResponse<String> withdrawn = post(submitter, "/api/v1/workflows/instances/" + started.getString("id")
        + "/withdraw", "{\"actionId\": \"" + UUID.randomUUID() + "\", \"version\": " + version + "}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(AtriumClient.json(withdrawn).asJsonObject().getString("status")).isEqualTo("withdrawn");
  }

  @Test
  void anOpenTaskShowsInMyTasksAndInTheToDoCenter() {
    String name = unique("预算审批");
    String key = unique("todo");
    String process = publish(definition(key, name, approver("lead", "{\"type\": \"managerChain\", \"levels\": 1}", "")));
    JsonObject started = start(process, record("待办里的", "3000"));

    JsonObject mine = AtriumClient.json(client.send(client.as(manager, PASSWORD, "/api/v1/workflows/tasks?limit=200")
        .GET())).asJsonObject();
    JsonObject listed = mine.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("instanceId").equals(started.getString("id"))).findFirst().orElseThrow();
    assertThat(listed.getString("processName")).isEqualTo(name);
    assertThat(listed.getJsonNumber("instanceVersion").longValue()).isEqualTo(started.getJsonNumber("version")
        .longValue());

    String todo = client.login(manager, PASSWORD).get("/todo.xhtml?q=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8)).body();
    String taskPage = "/workflows/task.xhtml?task=" + listed.getString("id");
    assertThat(todo).as("the to-do entry opens the task page").contains(name).contains(taskPage);
    String elsewhere = client.login(director, PASSWORD).get("/todo.xhtml?q=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8)).body();
    assertThat(elsewhere).as("the director has no such task").doesNotContain(taskPage);
  }

  // --- the process and its parts

  /** Manager first (the submitter's manager), then the director only for a budget above 100,000. */
  @Test
  void aDelegateDecidesUntilTheAssigneeTakesItBackAndAnAddedSignerCanBeRemoved() {
    String process = publish(definition(unique("delegate"), "委托审批",
        approver("manager", "{\"type\": \"managerChain\", \"levels\": 1}", "")));
    JsonObject started = start(process, record("委托活动", "30000"));
    String managers = managerTask(started);
    HttpResponse<String> delegated = post(manager, "/api/v1/workflows/tasks/" + managers + "/delegate",
        "{\"actionId\": \"" + UUID.randomUUID() + "\", \"version\": " + started.getJsonNumber("version")
            + ", \"userId\": " + directorId + ", \"comment\": \"出差中\"}");
    assertThat(delegated.statusCode()).as(delegated.body()).isEqualTo(200);
    JsonObject afterDelegation = AtriumClient.json(delegated).asJsonObject();
    assertThat(task(afterDelegation, managers).getString("status")).isEqualTo("delegated");
    String directors = pendingTaskOf(afterDelegation, directorId);
    assertThat(task(afterDelegation, directors).getString("origin")).isEqualTo("delegation");

    HttpResponse<String> reclaimed = act(manager, managers, "reclaim",
        afterDelegation.getJsonNumber("version").longValue(), UUID.randomUUID().toString(), "回来了");
    assertThat(reclaimed.statusCode()).as(reclaimed.body()).isEqualTo(200);
    JsonObject back = AtriumClient.json(reclaimed).asJsonObject();
    assertThat(pendingTaskOf(back, managerId)).isEqualTo(managers);
    assertThat(task(back, directors).getString("status")).isEqualTo("cancelled");
    HttpResponse<String> again = act(manager, managers, "reclaim", back.getJsonNumber("version").longValue(),
        UUID.randomUUID().toString(), "");
    assertThat(again.statusCode()).as("nothing is delegated any more").isEqualTo(409);
    assertThat(AtriumClient.json(again).asJsonObject().getString("detail")).contains("无需收回");

    HttpResponse<String> added = post(manager, "/api/v1/workflows/tasks/" + managers + "/add-signer",
        "{\"actionId\": \"" + UUID.randomUUID() + "\", \"version\": " + back.getJsonNumber("version")
            + ", \"userId\": " + directorId + ", \"before\": true}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    JsonObject withSigner = AtriumClient.json(added).asJsonObject();
    String signers = pendingTaskOf(withSigner, directorId);
    long version = withSigner.getJsonNumber("version").longValue();
    assertThat(act(submitter, signers, "remove-signer", version, UUID.randomUUID().toString(), "").statusCode())
        .as("only who added the signer removes them").isEqualTo(403);
    HttpResponse<String> removed = act(manager, signers, "remove-signer", version, UUID.randomUUID().toString(),
        "不需要了");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    JsonObject afterRemoval = AtriumClient.json(removed).asJsonObject();
    JsonObject done = approve(pendingTaskOf(afterRemoval, managerId), manager, afterRemoval.getJsonNumber("version"));
    assertThat(done.getString("status")).isEqualTo("approved");
    assertThat(done.getJsonArray("trail").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
        .containsSubsequence("delegated", "reclaimed", "signerAddedBefore", "signerRemoved", "approved");
  }

  @Test
  void whileAnApproverIsOutOfOfficeTheirTasksOldAndNewGoToTheStandIn() {
    String process = publish(definition(unique("away"), "外出委托审批",
        approver("manager", "{\"type\": \"managerChain\", \"levels\": 1}", "")));
    JsonObject before = start(process, record("外出前", "10000"));
    String managersOld = managerTask(before);

    Instant now = Instant.now();
    assertThat(putOutOfOffice(manager, "{\"standInId\": " + managerId + ", \"from\": \"" + now + "\", \"until\": \""
        + now.plus(Duration.ofDays(3)) + "\"}").statusCode()).as("not one's own stand-in").isEqualTo(422);
    assertThat(putOutOfOffice(manager, "{\"standInId\": " + directorId + ", \"from\": \"" + now + "\", \"until\": \""
        + now.minus(Duration.ofDays(1)) + "\"}").statusCode()).as("the end before the start").isEqualTo(422);
    assertThat(putOutOfOffice(manager, "{\"standInId\": " + directorId + ", \"until\": \"2026-12-24\"}")
        .statusCode()).as("no start").isEqualTo(400);
    HttpResponse<String> set = putOutOfOffice(manager, "{\"standInId\": " + directorId + ", \"from\": \""
        + now.minus(Duration.ofMinutes(1)) + "\", \"until\": \"" + now.plus(Duration.ofDays(3)) + "\"}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(AtriumClient.json(set).asJsonObject().getBoolean("active")).isTrue();
    assertThat(outOfOffice(manager).statusCode()).isEqualTo(200);

    JsonObject covered = await(() -> Optional.of(instance(before))
        .filter(i -> task(i, managersOld).getString("status").equals("delegated")), WITHIN,
        "the manager's open task handed to the stand-in when the period started");
    pendingTaskOf(covered, directorId);

    JsonObject during = start(process, record("外出中", "10000"));
    String directors = pendingTaskOf(during, directorId);
    assertThat(task(during, directors).getString("origin")).isEqualTo("outOfOffice");
    assertThat(during.getJsonArray("trail").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
        .contains("delegatedOutOfOffice");

    HttpResponse<String> cleared = client.send(client.as(manager, PASSWORD, "/api/v1/workflows/out-of-office").DELETE());
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(204);
    assertThat(outOfOffice(manager).statusCode()).isEqualTo(404);
    pendingTaskOf(start(process, record("回来后", "10000")), managerId);
    // back early: the manager takes the first task back from the stand-in
    JsonObject now1 = instance(before);
    HttpResponse<String> reclaimed = act(manager, managersOld, "reclaim", now1.getJsonNumber("version").longValue(),
        UUID.randomUUID().toString(), "");
    assertThat(reclaimed.statusCode()).as(reclaimed.body()).isEqualTo(200);
    pendingTaskOf(AtriumClient.json(reclaimed).asJsonObject(), managerId);
  }

  @Test
  void theManagerRaisesTheWritableBudgetWithTheApprovalAndTheConditionAfterSeesIt() {
    String process = publish(budgetProcess(unique("raise")).replace("\"whenNobody\": \"reject\"}, {\"id\": \"amount\"",
        "\"fields\": {\"budget\": \"write\"}, \"whenNobody\": \"reject\"}, {\"id\": \"amount\""));
    long id = record("追加预算", "50000");
    JsonObject started = start(process, id);
    String task = managerTask(started);
    String version = started.getJsonNumber("version").toString();

    HttpResponse<String> notWritable = post(manager, "/api/v1/workflows/tasks/" + task + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + version + ", \"values\": {\"title\": \"改名\"}}");
    assertThat(notWritable.statusCode()).as(notWritable.body()).isEqualTo(422);
    HttpResponse<String> refused = post(manager, "/api/v1/workflows/tasks/" + task + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + version + ", \"values\": {\"budget\": -5}}");
    assertThat(refused.statusCode()).as("the form refuses a negative budget: " + refused.body()).isEqualTo(422);
    assertThat(recordStatus(id)).isEqualTo("IN_APPROVAL");

    HttpResponse<String> raised = post(manager, "/api/v1/workflows/tasks/" + task + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + version + ", \"values\": {\"budget\": 180000}}");
    assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
    JsonObject after = AtriumClient.json(raised).asJsonObject();
    assertThat(after.getString("status")).as("180,000 goes on to the director").isEqualTo("running");
    pendingTaskOf(after, directorId);
    JsonObject record = AtriumClient.json(client.get("/api/v1/forms/" + formKey + "/records/" + id)).asJsonObject();
    assertThat(record.getJsonObject("values").getJsonNumber("budget").intValue()).isEqualTo(180000);
  }

  /**
   * PRODUCT.md scenario 2, content approval (内容选题与稿件审批): the director approves the topic and
   * names writer and designer, who hand in draft and artwork in parallel; the editor reviews; legal,
   * product and brand countersign (all must agree); the publisher is told.
   */
  @Test
  void aTopicGoesThroughDirectorDraftsEditorAndTheCountersignOfLegalProductAndBrand() {
    String topic = unique("topic");
    HttpResponse<String> form = client.postJson("/api/v1/forms", """
        {"key": "%s", "name": {"zh-CN": "内容选题", "en": "Content topic"}, "sections": [{"columns": 1,
         "fields": [
          {"name": "title", "type": "text", "label": "选题", "required": true, "maxLength": 100},
          {"name": "writer", "type": "user", "label": "撰稿人"},
          {"name": "designer", "type": "user", "label": "设计师"},
          {"name": "draft", "type": "text", "label": "稿件", "maxLength": 200},
          {"name": "artwork", "type": "text", "label": "配图", "maxLength": 200}]}]}""".formatted(topic));
    assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
    assertThat(client.post("/api/v1/forms/" + topic + "/publish").statusCode()).isEqualTo(200);
    String writer = unique("writer");
    long writerId = user(writer, "撰稿人", marketing, null, null);
    String designer = unique("designer");
    long designerId = user(designer, "设计师", marketing, null, null);
    String editor = unique("editor");
    long editorId = user(editor, "编辑", marketing, null, null);
    List<String> reviewers = List.of(unique("legal"), unique("product"), unique("brand"));
    List<Long> reviewerIds = reviewers.stream().map(r -> user(r, r, marketing, null, null)).toList();
    String publisher = unique("publisher");
    long publisherId = user(publisher, "发布人", marketing, null, null);

    String key = unique("content");
    HttpResponse<String> created = client.postJson("/api/v1/workflows/definitions", "{\"source\": \"forms." + topic
        + "\", \"definition\": " + definition(key, "内容审批",
            approver("director", users(directorId), "\"fields\": {\"writer\": \"write\", \"designer\": \"write\"}, "),
            "{\"id\": \"drafting\", \"type\": \"parallel\", \"name\": \"稿件\", \"branches\": ["
                + "{\"id\": \"text\", \"name\": \"文字\", \"nodes\": [" + handler("write", "writer", "draft") + "]},"
                + "{\"id\": \"image\", \"name\": \"配图\", \"nodes\": [" + handler("design", "designer", "artwork")
                + "]}]}",
            approver("editor", users(editorId), ""),
            approver("review", "{\"type\": \"users\", \"users\": [" + reviewerIds.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + "]}", "\"mode\": \"countersign\", "),
            "{\"id\": \"publish\", \"type\": \"cc\", \"name\": \"通知发布\", \"recipients\": " + users(publisherId) + "}")
        + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> published = client.post("/api/v1/workflows/definitions/" + key + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

    HttpResponse<String> record = client.postJson("/api/v1/forms/" + topic + "/records",
        "{\"values\": {\"title\": \"双十一专题\"}}");
    assertThat(record.statusCode()).as(record.body()).isEqualTo(201);
    long recordId = AtriumClient.json(record).asJsonObject().getJsonNumber("id").longValue();
    HttpResponse<String> start = client.postJson("/api/v1/workflows/instances", "{\"actionId\": \"" + UUID.randomUUID()
        + "\", \"process\": \"" + key + "\", \"record\": \"forms." + topic + "/" + recordId + "\"}");
    assertThat(start.statusCode()).as(start.body()).isEqualTo(201);
    JsonObject now = AtriumClient.json(start).asJsonObject();

    now = approveWith(director, pendingTaskOf(now, directorId), now, "{\"writer\": " + writerId + ", \"designer\": "
        + designerId + "}");
    String writersTask = pendingTaskOf(now, writerId);
    String designersTask = pendingTaskOf(now, designerId);
    now = approveWith(writer, writersTask, now, "{\"draft\": \"稿件 v1\"}");
    assertThat(now.getJsonArray("tasks").getValuesAs(JsonObject.class)).as("the editor waits for both drafts")
        .noneMatch(t -> t.getJsonNumber("assigneeId").longValue() == editorId);
    now = approveWith(designer, designersTask, now, "{\"artwork\": \"封面 v1\"}");
    now = approveWith(editor, pendingTaskOf(now, editorId), now, "{}");
    for (int i = 0; i < reviewers.size(); i++) {
      assertThat(now.getString("status")).as("all three must agree").isEqualTo("running");
      now = approveWith(reviewers.get(i), pendingTaskOf(now, reviewerIds.get(i)), now, "{}");
    }
    assertThat(now.getString("status")).isEqualTo("approved");

    JsonObject values = AtriumClient.json(client.get("/api/v1/forms/" + topic + "/records/" + recordId)).asJsonObject()
        .getJsonObject("values");
    assertThat(values.getString("draft")).isEqualTo("稿件 v1");
    assertThat(values.getString("artwork")).isEqualTo("封面 v1");
    assertThat(values.toString()).contains(String.valueOf(writerId)).contains(String.valueOf(designerId));
    assertThat(inbox(publisher)).as("the publisher is told").anyMatch(n -> n.getString("category", "")
        .equals("workflows.instance.cc"));
  }

  private static String users(long... ids) {
    return "{\"type\": \"users\", \"users\": [" + java.util.Arrays.stream(ids).mapToObj(String::valueOf)
        .collect(Collectors.joining(", ")) + "]}";
  }

  private static String handler(String id, String userField, String writable) {
    return "{\"id\": \"" + id + "\", \"type\": \"handler\", \"name\": \"" + id + "\", \"handlers\": {\"type\": "
        + "\"userField\", \"field\": \"" + userField + "\"}, \"writableFields\": [\"" + writable + "\"],"
        + " \"whenNobody\": \"reject\"}";
  }

  private JsonObject approveWith(String username, String task, JsonObject instance, String values) {
    HttpResponse<String> answer = post(username, "/api/v1/workflows/tasks/" + task + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + instance.getJsonNumber("version") + ", \"values\": " + values + "}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return AtriumClient.json(answer).asJsonObject();
  }

  @Test
  void aSigningNodeTakesAnApprovalOnlyWithAHandwrittenSignature() throws Exception {
    String process = publish(definition(unique("signed"), "合同审批",
        approver("manager", "{\"type\": \"managerChain\", \"levels\": 1}", "\"signature\": true, ")));
    JsonObject started = start(process, record("年度合同", "80000"));
    String task = managerTask(started);
    String version = started.getJsonNumber("version").toString();
    HttpResponse<String> unsigned = post(manager, "/api/v1/workflows/tasks/" + task + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + version + "}");
    assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(422);
    assertThat(AtriumClient.json(unsigned).asJsonObject().getString("detail")).contains("手写签名");

    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(80, 30,
        java.awt.image.BufferedImage.TYPE_INT_ARGB);
    image.createGraphics().drawLine(4, 25, 76, 5);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    HttpResponse<String> signed = post(manager, "/api/v1/workflows/tasks/" + task + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + version + ", \"signature\": \"data:image/png;base64,"
        + java.util.Base64.getEncoder().encodeToString(png.toByteArray()) + "\"}");
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    assertThat(AtriumClient.json(signed).asJsonObject().getString("status")).isEqualTo("approved");
  }

  @Test
  void aFileGoesWithTheCommentAndOnlyThoseWhoMayReadTheInstanceDownloadIt() {
    String process = publish(budgetProcess(unique("files")));
    JsonObject started = start(process, record("附件活动", "20000"));
    String task = managerTask(started);
    byte[] quote = "报价：20,000 元".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> uploaded = client.send(client.as(manager, PASSWORD, "/api/v1/workflows/tasks/" + task
        + "/attachments?filename=" + java.net.URLEncoder.encode("报价单.txt", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(quote)));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String file = AtriumClient.json(uploaded).asJsonObject().getString("id");
    HttpResponse<String> notTheirs = client.send(client.as(submitter, PASSWORD, "/api/v1/workflows/tasks/" + task
        + "/attachments?filename=x.txt").POST(HttpRequest.BodyPublishers.ofByteArray(quote)));
    assertThat(notTheirs.statusCode()).as("only the assignee uploads for a task").isEqualTo(403);

    HttpResponse<String> approved = post(manager, "/api/v1/workflows/tasks/" + task + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + started.getJsonNumber("version") + ", \"comment\": \"见附件\","
        + " \"attachments\": [\"" + file + "\"]}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

    JsonObject read = instance(started);
    JsonObject listed = read.getJsonArray("attachments").getJsonObject(0);
    assertThat(listed.getString("filename")).isEqualTo("报价单.txt");
    assertThat(read.getJsonArray("trail").getJsonObject(listed.getInt("trailIndex")).getString("kind"))
        .isEqualTo("approved");
    String path = "/api/v1/workflows/instances/" + started.getString("id") + "/attachments/" + file;
    HttpResponse<String> download = client.send(client.as(submitter, PASSWORD, path).GET());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo("报价：20,000 元");
    assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    String outsider = unique("outsider");
    user(outsider, "路人", marketing, null, null);
    assertThat(client.send(client.as(outsider, PASSWORD, path).GET()).statusCode()).isEqualTo(403);
    assertThat(client.send(client.as(submitter, PASSWORD, path + "x").GET()).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> putOutOfOffice(String username, String json) {
    return client.send(client.as(username, PASSWORD, "/api/v1/workflows/out-of-office")
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> outOfOffice(String username) {
    return client.send(client.as(username, PASSWORD, "/api/v1/workflows/out-of-office").GET());
  }

  private static JsonObject task(JsonObject instance, String taskId) {
    return instance.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("id").equals(taskId)).findFirst()
        .orElseThrow(() -> new AssertionError("no task " + taskId + " in " + instance));
  }

  private String budgetProcess(String key) {
    return definition(key, "营销活动立项审批",
        approver("manager", "{\"type\": \"managerChain\", \"levels\": 1}", "").replace("\"name\": \"manager\"",
            "\"name\": \"经理审批\""),
        "{\"id\": \"amount\", \"type\": \"condition\", \"name\": \"预算\", \"branches\": ["
            + "{\"id\": \"big\", \"name\": \"超过十万\", \"when\": \"budget > 100000\", \"nodes\": ["
            + approver("director", "{\"type\": \"users\", \"users\": [" + directorId + "]}", "")
                .replace("\"name\": \"director\"", "\"name\": \"总监审批\"")
            + "]}, {\"id\": \"normal\", \"name\": \"其他\", \"default\": true, \"nodes\": []}]}");
  }

  private static String definition(String key, String name, String... nodes) {
    return "{\"key\": \"" + key + "\", \"name\": \"" + name + "\", \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\", \"name\": \"提交\"}, " + String.join(", ", nodes)
        + ", {\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}";
  }

  private static String approver(String id, String rule, String more) {
    return "{\"id\": \"" + id + "\", \"type\": \"approver\", \"name\": \"" + id + "\", \"approvers\": " + rule + ", "
        + more + "\"whenNobody\": \"reject\"}";
  }

  private String draftBody(String definition) {
    return "{\"source\": \"forms." + formKey + "\", \"definition\": " + definition + "}";
  }

  /** Creates and publishes a process; its key. */
  private String publish(String definition) {
    HttpResponse<String> created = client.postJson("/api/v1/workflows/definitions", draftBody(definition));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String key = AtriumClient.json(created).asJsonObject().getString("key");
    HttpResponse<String> published = client.post("/api/v1/workflows/definitions/" + key + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(AtriumClient.json(published).asJsonObject().getInt("version")).isEqualTo(1);
    return key;
  }

  // --- records, instances, tasks

  private long record(String title, String budget) {
    HttpResponse<String> created = post(submitter, "/api/v1/forms/" + formKey + "/records",
        "{\"values\": {\"title\": \"" + title + "\", \"budget\": " + budget + "}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private String recordStatus(long id) {
    return AtriumClient.json(client.get("/api/v1/forms/" + formKey + "/records/" + id)).asJsonObject()
        .getString("status");
  }

  private HttpResponse<String> startAs(String process, long recordId, String actionId) {
    return post(submitter, "/api/v1/workflows/instances", "{\"actionId\": \"" + actionId + "\", \"process\": \""
        + process + "\", \"record\": \"forms." + formKey + "/" + recordId + "\"}");
  }

  private JsonObject start(String process, long recordId) {
    HttpResponse<String> started = startAs(process, recordId, UUID.randomUUID().toString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return AtriumClient.json(started).asJsonObject();
  }

  private JsonObject instance(JsonObject started) {
    HttpResponse<String> read = client.send(client.as(submitter, PASSWORD, "/api/v1/workflows/instances/"
        + started.getString("id")).GET());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return AtriumClient.json(read).asJsonObject();
  }

  private List<JsonObject> inbox(String username) {
    HttpResponse<String> inbox = client.send(client.as(username, PASSWORD, "/api/v1/notifications?limit=100").GET());
    assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
    return AtriumClient.json(inbox).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private String managerTask(JsonObject instance) {
    return pendingTaskOf(instance, managerId);
  }

  private static String pendingTaskOf(JsonObject instance, long userId) {
    return instance.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("status").equals("pending") && t.getJsonNumber("assigneeId").longValue() == userId)
        .map(t -> t.getString("id")).findFirst()
        .orElseThrow(() -> new AssertionError("no pending task of " + userId + " in " + instance));
  }

  private JsonObject approve(String task, String username, jakarta.json.JsonNumber version) {
    HttpResponse<String> answer = act(username, task, "approve", version.longValue(), UUID.randomUUID().toString(),
        "同意");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return AtriumClient.json(answer).asJsonObject();
  }

  private HttpResponse<String> act(String username, String task, String action, long version, String actionId,
      String comment) {
    return post(username, "/api/v1/workflows/tasks/" + task + "/" + action, "{\"actionId\": \"" + actionId
        + "\", \"version\": " + version + ", \"comment\": \"" + comment + "\"}");
  }

  private HttpResponse<String> post(String username, String path, String json) {
    return client.send(client.as(username, PASSWORD, path).header("Content-Type", "application/json")
        .POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  private static List<String> pointers(HttpResponse<String> problem) {
    JsonArray problems = AtriumClient.json(problem).asJsonObject().getJsonArray("problems");
    List<String> pointers = new ArrayList<>();
    problems.getValuesAs(JsonObject.class).forEach(p -> pointers.add(p.getString("pointer")));
    return pointers;
  }

  private static <T> T awaitThen(CountDownLatch latch, java.util.function.Supplier<T> work) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return work.get();
  }

  private long user(String username, String displayName, long departmentId, Long manager, String role) {
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\": \"" + username
        + "\", \"displayName\": \"" + displayName + "\", \"password\": \"" + PASSWORD + "\", \"departmentId\": "
        + departmentId + (manager == null ? "" : ", \"managerId\": " + manager) + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    if (role != null) {
      HttpResponse<String> granted = client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\": [\"" + role + "\"]}");
      assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    }
    return id;
  }
}
