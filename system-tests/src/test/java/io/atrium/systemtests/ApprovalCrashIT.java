package io.atrium.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The server killed mid-approval (issue 5, robustness): approvals run while the JVM gets SIGKILL;
 * after the restart every instance is consistent with its record and its trail, the delays that
 * were planned before the kill fire, and every instance can be approved to the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalCrashIT {

  private static final String FORM = "crash-orders";
  private static final String PROCESS = "crash-approval";
  private static final String APPROVER = "crash-approver";
  private static final String PASSWORD = "Crash-It-2026!";
  private static final int INSTANCES = 24;

  private AtriumInstallation atrium;

  @BeforeAll
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void startServer() throws Exception {
    atrium = AtriumInstallation.copyOfDistribution("approval-crash-h2", Database.h2());
    atrium.start();
    atrium.awaitPluginState("forms", "ACTIVE", Duration.ofSeconds(90));
    atrium.awaitPluginState("workflows", "ACTIVE", Duration.ofSeconds(90));
  }

  @AfterAll
  void stopServer() {
    if (atrium != null && atrium.pid().map(AtriumInstallation::isRunning).orElse(false)) {
      atrium.stop();
    }
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void afterASigkillMidApprovalEveryInstanceIsConsistentAndItsDelaysStillFire() throws Exception {
    long approver = created(atrium.postJson("/api/v1/users", "{\"username\": \"" + APPROVER + "\", \"displayName\": "
        + "\"审批人\", \"password\": \"" + PASSWORD + "\"}"));
    created(atrium.postJson("/api/v1/forms", "{\"key\": \"" + FORM + "\", \"name\": {\"zh-CN\": \"订单\", \"en\": "
        + "\"Order\"}, \"sections\": [{\"columns\": 1, \"fields\": [{\"name\": \"title\", \"type\": \"text\", \"label\":"
        + " \"订单\", \"required\": true, \"maxLength\": 100}]}]}"));
    assertThat(atrium.post("/api/v1/forms/" + FORM + "/publish", true).statusCode()).isEqualTo(200);
    String step = "\"type\": \"approver\", \"approvers\": {\"type\": \"users\", \"users\": [" + approver
        + "]}, \"whenNobody\": \"reject\"}";
    created(atrium.postJson("/api/v1/workflows/definitions", "{\"source\": \"forms." + FORM + "\", \"definition\": "
        + "{\"key\": \"" + PROCESS + "\", \"name\": \"订单审批\", \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\", \"name\": \"提交\"},"
        + "{\"id\": \"first\", \"name\": \"初审\", " + step + ","
        + "{\"id\": \"cool\", \"type\": \"delay\", \"name\": \"等待\", \"after\": \"PT10S\", \"counting\": \"calendar\"},"
        + "{\"id\": \"second\", \"name\": \"复审\", " + step + ","
        + "{\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}}"));
    assertThat(atrium.post("/api/v1/workflows/definitions/" + PROCESS + "/publish", true).statusCode()).isEqualTo(200);

    List<String> instances = new ArrayList<>();
    List<Long> records = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      long record = created(atrium.postJson("/api/v1/forms/" + FORM + "/records",
          "{\"values\": {\"title\": \"订单 " + i + "\"}}"));
      records.add(record);
      HttpResponse<String> started = atrium.postJson("/api/v1/workflows/instances", "{\"actionId\": \""
          + UUID.randomUUID() + "\", \"process\": \"" + PROCESS + "\", \"record\": \"forms." + FORM + "/" + record + "\"}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      instances.add(AtriumInstallation.parse(started.body()).asJsonObject().getString("id"));
    }

    // a third approved before, then approvals keep coming while the server is killed
    for (JsonObject task : tasks("first").subList(0, INSTANCES / 3)) {
      assertThat(approve(task).statusCode()).isEqualTo(200);
    }
    AtomicInteger during = new AtomicInteger();
    Thread approving = new Thread(() -> {
      for (JsonObject task : tasks("first")) {
        try {
          if (approve(task).statusCode() == 200) {
            during.incrementAndGet();
          }
        } catch (RuntimeException e) {
          return; // the server is gone
        }
      }
    });
    approving.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (during.get() < 3 && approving.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    atrium.kill();
    approving.join(Duration.ofSeconds(60).toMillis());
    System.out.println("Approved before the kill: " + INSTANCES / 3 + ", while it came: " + during.get());

    atrium.start();
    atrium.awaitPluginState("workflows", "ACTIVE", Duration.ofSeconds(90));
    for (int i = 0; i < INSTANCES; i++) {
      assertConsistent(instance(instances.get(i)), records.get(i));
    }

    // the first steps left are approved now; every delay, planned before or after the kill, fires
    for (JsonObject task : tasks("first")) {
      assertThat(approve(task).statusCode()).isEqualTo(200);
    }
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (tasks("second").size() < INSTANCES && Instant.now().isBefore(until)) {
      Thread.sleep(500);
    }
    assertThat(tasks("second")).as("every instance past its delay after the restart").hasSize(INSTANCES);
    for (JsonObject task : tasks("second")) {
      assertThat(approve(task).statusCode()).isEqualTo(200);
    }
    for (int i = 0; i < INSTANCES; i++) {
      assertThat(instance(instances.get(i)).getString("status")).isEqualTo("approved");
      assertThat(recordStatus(records.get(i))).isEqualTo("APPROVED");
    }
  }

  /** Running with its record in approval, at most one pending task, and a trail line for every approved task. */
  private void assertConsistent(JsonObject instance, long record) {
    assertThat(instance.getString("status")).as(instance.toString()).isEqualTo("running");
    assertThat(recordStatus(record)).as("record %d", record).isEqualTo("IN_APPROVAL");
    List<JsonObject> tasks = instance.getJsonArray("tasks").getValuesAs(JsonObject.class);
    assertThat(tasks.stream().filter(t -> t.getString("status").equals("pending")).count()).as(instance.toString())
        .isLessThanOrEqualTo(1);
    long approvedTasks = tasks.stream().filter(t -> t.getString("status").equals("approved")).count();
    long approvedLines = instance.getJsonArray("trail").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("kind").equals("approved")).count();
    assertThat(approvedLines).as(instance.toString()).isEqualTo(approvedTasks);
  }

  private List<JsonObject> tasks(String node) {
    HttpResponse<String> list = atrium.get("/api/v1/workflows/tasks?limit=200", APPROVER, PASSWORD);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return AtriumInstallation.parse(list.body()).asJsonObject().getJsonArray("tasks").getValuesAs(JsonObject.class)
        .stream().filter(t -> t.getString("node").equals(node)).toList();
  }

  private HttpResponse<String> approve(JsonObject task) {
    return atrium.postJson("/api/v1/workflows/tasks/" + task.getString("id") + "/approve", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"version\": " + task.getJsonNumber("instanceVersion") + "}", APPROVER, PASSWORD);
  }

  private JsonObject instance(String id) {
    HttpResponse<String> read = atrium.get("/api/v1/workflows/instances/" + id, true);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return AtriumInstallation.parse(read.body()).asJsonObject();
  }

  private String recordStatus(long id) {
    return AtriumInstallation.parse(atrium.get("/api/v1/forms/" + FORM + "/records/" + id, true).body())
        .asJsonObject().getString("status");
  }

  private static long created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject body = AtriumInstallation.parse(response.body()).asJsonObject();
    return body.containsKey("id") && body.get("id").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
        ? body.getJsonNumber("id").longValue() : 0;
  }
}
