package io.atrium.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestJars;
import io.atrium.testing.fixtures.ServicesActivator;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Installing, running, disabling and removing plugins on a real server, through REST and the plugin folder. */
public abstract class PluginLifecycleTests extends ServerTest {

  @BeforeEach
  void clean() throws Exception {
    client.uninstallAllDataPlugins();
    try (var files = Files.list(pluginDir())) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  void anUploadedPluginRunsItsServicesComponentsAndTable() {
    HttpResponse<String> upload = client.upload(helloJar());

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    assertThat(AtriumClient.json(upload).asJsonObject().getString("state")).isEqualTo("ACTIVE");
    JsonObject details = AtriumClient.json(client.get("/api/v1/plugins/hello")).asJsonObject();
    assertThat(details.getJsonArray("services").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("io.atrium.examples.hello.GreetingService", "io.atrium.sdk.ui.UiContribution");
    assertThat(details.getJsonObject("components").getString("io.atrium.examples.hello.internal.HelloUi"))
        .isEqualTo("active");
    assertThat(details.getString("tablePrefix")).isEqualTo("hello_");
    assertThat(details.getJsonArray("entities").getString(0)).isEqualTo("io.atrium.examples.hello.Greeting");
    assertThat(details.getJsonArray("menuItems").getString(0)).isEqualTo("/hello/index.xhtml");
    assertThat(details.getJsonObject("plugin").getString("vendor")).isEqualTo("Atrium");
  }

  @Test
  void aMultipartUploadFromABrowserFormInstallsToo() throws Exception {
    HttpResponse<String> upload = client.uploadForm(Files.readAllBytes(helloJar()), "hello.jar");

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    assertThat(client.plugin("hello").getString("state")).isEqualTo("ACTIVE");
  }

  @Test
  void disablingStopsThePluginAndEnablingStartsItAgain() {
    client.upload(helloJar());

    JsonObject disabled = AtriumClient.json(client.post("/api/v1/plugins/hello/disable")).asJsonObject();
    assertThat(disabled.getString("state")).isEqualTo("DISABLED");
    assertThat(disabled.getBoolean("enabled")).isFalse();
    assertThat(AtriumClient.json(client.get("/api/v1/plugins/hello")).asJsonObject().getJsonArray("services"))
        .isEmpty();

    JsonObject enabled = AtriumClient.json(client.post("/api/v1/plugins/hello/enable")).asJsonObject();
    assertThat(enabled.getString("state")).isEqualTo("ACTIVE");
    assertThat(enabled.getBoolean("enabled")).isTrue();
  }

  @Test
  void aJarDroppedIntoThePluginFolderRunsWithinTwoSecondsAndLeavesWhenRemoved() throws Exception {
    Path dropped = pluginDir().resolve("hello-drop.jar");
    Path temp = pluginDir().resolveSibling("hello-drop.tmp");
    Files.copy(helloJar(), temp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(temp, dropped, StandardCopyOption.ATOMIC_MOVE);

    Duration installed = client.awaitPlugin("hello", p -> p != null && "ACTIVE".equals(p.getString("state")),
        Duration.ofSeconds(10));
    assertThat(installed).isLessThan(Duration.ofMillis(2500));

    Files.delete(dropped);
    client.awaitPlugin("hello", p -> p == null, Duration.ofSeconds(10));
  }

  @Test
  void unknownPluginsAnswer404AndBuiltInRulesAreExplained() {
    HttpResponse<String> missing = client.post("/api/v1/plugins/nope/enable");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(AtriumClient.json(missing).asJsonObject().getString("detail")).contains("nope");
  }

  @Test
  void afterCommitListenersAreRetriedUntilTheySucceed() throws Exception {
    // the data folder is shared by the classes of a run: count only what goes dead during this test
    long deadBefore = deadDeliveries();
    client.upload(helloJar());
    HttpResponse<String> flaky = client.upload(TestJars.flakyListener("flaky"), "flaky.jar");
    assertThat(AtriumClient.json(flaky).asJsonObject().getString("state")).as(flaky.body()).isEqualTo("ACTIVE");

    AtriumClient.Browser browser = client.login("admin", adminPassword());
    browser.get("/hello/index.xhtml");
    browser.ajax("/hello/index.xhtml", "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", "event please"));

    // fails at once, after 1 s and after 2 s more, then succeeds: allow the back-off plus polling
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String report = "";
    while (System.nanoTime() < deadline) {
      report = client.send(client.request("/health/ready").GET()).body();
      if (report.contains("delivered=1")) {
        break;
      }
      AtriumClient.sleep(250);
    }
    assertThat(report).contains("failures=2").contains("delivered=1");
    assertThat(deadDeliveries()).isEqualTo(deadBefore);
    // the example plugin's own after-commit listener counted the greeting in a metric
    var counters = AtriumClient.json(client.get("/api/v1/system/metrics")).asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("name").equals("atrium.plugin.greetings.created"))
        .toList();
    assertThat(counters).singleElement().satisfies(counter -> {
      assertThat(counter.getJsonObject("tags").getString("plugin")).isEqualTo("hello");
      assertThat(counter.getJsonNumber("value").longValue()).isPositive();
    });
  }

  @Test
  void expressionsAndTheBlobStoreServeAPluginOnItsOwnThread() throws Exception {
    HttpResponse<String> installed = client.upload(TestJars.withActivator("services-fixture", ServicesActivator.class,
        "org.osgi.framework,javax.sql,io.atrium.sdk.expression;version=\"[1.0,2)\",io.atrium.sdk.blob;version=\"[1.0,2)\","
            + "io.atrium.sdk.persistence;version=\"[1.0,2)\",io.atrium.sdk.health;version=\"[1.0,2)\"",
        ServicesActivator.Report.class), "services-fixture.jar");
    assertThat(AtriumClient.json(installed).asJsonObject().getString("state")).as(installed.body()).isEqualTo("ACTIVE");

    String report = client.send(client.request("/health/ready").GET()).body();
    Matcher seen = Pattern.compile("services-fixture\\.services\"\\s*:\\s*\"UP \\{([^}]*)}").matcher(report);
    assertThat(seen.find()).as(report).isTrue();
    Map<String, String> details = new java.util.HashMap<>();
    for (String pair : seen.group(1).split(", ")) {
      details.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    assertThat(details).doesNotContainKey("failure")
        .containsEntry("rule", "true").containsEntry("variables", "endDate+items+startDate").containsEntry("sum", "5")
        .containsEntry("system", "null").containsEntry("assignment", "refused").containsEntry("onRequest", "true")
        .containsEntry("keptType", "image/png").containsEntry("keptReadBack", "true")
        .containsEntry("rolledBackFound", "false").containsEntry("rolledBackOnStartFound", "false")
        .containsEntry("innerFound", "true").containsEntry("afterInnerFound", "false")
        .containsEntry("mismatch", "CONTENT_MISMATCH")
        // JDBC through the platform data source joins the transaction on the plugin's threads
        .containsEntry("autoCommitOnStart", "false").containsEntry("autoCommitOnWorker", "false");
    Path blobs = dataDir().resolve("blobs").resolve("services-fixture");
    String kept = details.get("kept");
    assertThat(blobs.resolve(kept.substring(0, 2)).resolve(kept)).exists().hasBinaryContent(ServicesActivator.PNG);
    for (String rolledBack : List.of(details.get("rolledBack"), details.get("rolledBackOnStart"))) {
      assertThat(blobs.resolve(rolledBack.substring(0, 2)).resolve(rolledBack)).doesNotExist();
    }
    client.uninstallAllDataPlugins();
  }

  private long deadDeliveries() {
    return AtriumClient.json(client.get("/api/v1/system")).asJsonObject().getJsonNumber("deadDeliveries").longValue();
  }

  /** Page text with the quote entity turned back into quotes. */
  private static String text(String html) {
    return html.replace("&quot;", "\"");
  }

  @Test
  void theSchedulerRunsAPluginJobWhenItsTimeComes() {
    // a clock moved forward and back again (as other tests do) must not hold up the scheduler's polls
    client.postJson("/api/v1/system/clock", "{\"advanceSeconds\": 300}");
    AtriumClient.sleep(1500);
    client.postJson("/api/v1/system/clock", "{\"reset\": true}");
    client.upload(helloJar());
    AtriumClient.Browser browser = client.login("admin", adminPassword());
    browser.get("/hello/index.xhtml");
    String message = "please answer " + System.nanoTime();
    browser.ajax("/hello/index.xhtml", "greetingForm", "greetingForm:add", Map.of("greetingForm:message", message));
    String reply = "Thank you for \"" + message + "\", admin!";
    assertThat(text(browser.get("/hello/index.xhtml").body())).doesNotContain(reply);

    // the test server answers after 8 s; move the platform clock instead of waiting
    HttpResponse<String> moved = client.postJson("/api/v1/system/clock", "{\"advanceSeconds\": 60}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      String page = "";
      while (System.nanoTime() < deadline && !page.contains(reply)) {
        AtriumClient.sleep(300);
        page = text(browser.get("/hello/index.xhtml").body());
      }
      assertThat(page).contains(reply).contains("hello-bot");
    } finally {
      client.postJson("/api/v1/system/clock", "{\"reset\": true}");
    }
  }
}
