package io.atrium.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * One installation through its life: first start, REST, a plugin dropped into the data folder,
 * disabled, the server restarted, then started in safe mode. The steps build on each other and
 * run in order; the server starts three times in all. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServerLifecycleTests {

  private static final String HELLO = "hello";
  /** How soon a jar dropped into the data folder must be ACTIVE. */
  private static final Duration HOT_DEPLOY_WITHIN = Duration.ofSeconds(2);
  private static final Duration QUICK = Duration.ofSeconds(60);

  private AtriumInstallation atrium;

  /** The name of the installation, for its folders and logs. */
  abstract String name();

  /** The database the server uses. */
  abstract Database database();

  @BeforeAll
  void copyDistribution() throws IOException {
    atrium = AtriumInstallation.copyOfDistribution(name(), database());
    System.out.println("Testing " + atrium.home() + " on " + atrium.baseUrl() + " with " + atrium.database().kind());
  }

  @AfterAll
  void stopServer() {
    if (atrium != null) {
      atrium.close();
    }
  }

  @Test
  @Order(1)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void statusSaysStoppedBeforeTheFirstStart() {
    AtriumInstallation.Result status = atrium.status();

    assertThat(status.exitCode()).as(status.output()).isEqualTo(3);
    assertThat(status.output()).contains("stopped");
  }

  @Test
  @Order(2)
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void startWaitsUntilReady() {
    AtriumInstallation.Result start = atrium.start();

    assertThat(start.output()).contains("ready").contains(atrium.baseUrl());
    // answers at once, without polling: start returned only when ready
    HttpResponse<String> ready = atrium.get("/health/ready", false);
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    JsonObject health = AtriumInstallation.parse(ready.body()).asJsonObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(atrium.get("/health/live", false).statusCode()).isEqualTo(200);

    assertThat(atrium.logFile()).isRegularFile();
    assertThat(atrium.pid()).as("PID file").isPresent();
    assertThat(AtriumInstallation.isRunning(atrium.pid().orElseThrow())).as("server process").isTrue();
    // ATRIUM_ADMIN_PASSWORD was given: no generated password file
    assertThat(atrium.data().resolve("initial-admin-password")).doesNotExist();
  }

  @Test
  @Order(3)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void statusSaysRunningWithPidAndUrl() {
    AtriumInstallation.Result status = atrium.status();

    assertThat(status.exitCode()).as(status.output()).isZero();
    assertThat(status.output()).contains("running").contains(atrium.pid().orElseThrow().toString())
        .contains(atrium.baseUrl());
  }

  @Test
  @Order(4)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void startingAgainLeavesTheRunningServerAlone() {
    long pid = atrium.pid().orElseThrow();

    AtriumInstallation.Result again = atrium.atrium(QUICK, "start");

    assertThat(again.exitCode()).as(again.output()).isZero();
    assertThat(again.output()).contains("already runs");
    assertThat(atrium.pid()).contains(pid);
  }

  @Test
  @Order(5)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void pluginApiNeedsCredentials() {
    HttpResponse<String> anonymous = atrium.get("/api/v1/plugins", false);
    assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);

    HttpResponse<String> wrongPassword = atrium.get("/api/v1/plugins", "admin", "not-the-password");
    assertThat(wrongPassword.statusCode()).as(wrongPassword.body()).isEqualTo(401);

    JsonArray plugins = atrium.plugins();
    // nothing installed yet: only the built-in forms and workflows plugins, started
    assertThat(plugins).hasSize(2);
    assertThat(plugins.getValuesAs(jakarta.json.JsonObject.class)).extracting(p -> p.getString("id"))
        .containsExactlyInAnyOrder("forms", "workflows");
    for (jakarta.json.JsonObject plugin : plugins.getValuesAs(jakarta.json.JsonObject.class)) {
      assertThat(plugin.getBoolean("builtIn")).as(plugin.getString("id")).isTrue();
      assertThat(plugin.getString("state")).as(plugin.getString("id")).isEqualTo("ACTIVE");
    }
  }

  @Test
  @Order(5) // shares its step with pluginApiNeedsCredentials: each only needs the running server
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void auditVerifyChecksTheChainOfTheRunningServer() {
    HttpResponse<String> created = atrium.postJson("/api/v1/tokens",
        "{\"name\":\"audit check\",\"expiresInDays\":1,\"scopes\":[\"atrium:audit:view\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = AtriumInstallation.parse(created.body()).asJsonObject().getString("token");

    AtriumInstallation.Result verify = atrium.atrium(java.util.Map.of("ATRIUM_TOKEN", token), QUICK, "audit-verify");

    assertThat(verify.exitCode()).as(verify.output()).isZero();
    assertThat(verify.output()).contains("intact").contains("checked: ");
    AtriumInstallation.Result refused = atrium.atrium(java.util.Map.of("ATRIUM_TOKEN", "atr_unknown"), QUICK,
        "audit-verify");
    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output()).contains("401");
  }

  @Test
  @Order(6)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void jarDroppedIntoDataFolderBecomesActive() throws Exception {
    Path jar = Paths.get(System.getProperty("atrium.it.hello-jar", "target/it-plugins/hello-plugin.jar"));
    assertThat(jar).isRegularFile();
    Path plugins = atrium.data().resolve("plugins");
    Files.createDirectories(plugins);
    // copied next to the folder, then moved in at once: the server never sees half a jar
    Path staged = Files.copy(jar, atrium.data().resolve("hello-plugin.jar.tmp"), StandardCopyOption.REPLACE_EXISTING);

    Files.move(staged, plugins.resolve("hello-plugin.jar"), StandardCopyOption.ATOMIC_MOVE);
    JsonObject hello = atrium.awaitPluginState(HELLO, "ACTIVE", HOT_DEPLOY_WITHIN);

    assertThat(hello.getBoolean("enabled")).isTrue();
    assertThat(hello.getBoolean("builtIn")).isFalse();
    assertThat(hello.getString("file")).endsWith("hello-plugin.jar");
    // its page is behind the login
    HttpResponse<String> page = atrium.get("/hello/index.xhtml", false);
    assertThat(page.statusCode()).as("page of the plugin without login: %s", page.headers().map())
        .isIn(302, 303);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).contains("login"));
  }

  @Test
  @Order(7)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void disablingThroughRest() {
    HttpResponse<String> disable = atrium.post("/api/v1/plugins/" + HELLO + "/disable", true);
    assertThat(disable.statusCode()).as(disable.body()).isEqualTo(200);
    assertThat(AtriumInstallation.parse(disable.body()).asJsonObject().getString("state")).isEqualTo("DISABLED");

    JsonObject hello = atrium.plugin(HELLO).orElseThrow();
    assertThat(hello.getString("state")).isEqualTo("DISABLED");
    assertThat(hello.getBoolean("enabled")).isFalse();
    // disabling needs credentials too
    assertThat(atrium.post("/api/v1/plugins/" + HELLO + "/enable", false).statusCode()).isEqualTo(401);
  }

  @Test
  @Order(8)
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void stopEndsTheServer() throws Exception {
    long pid = atrium.pid().orElseThrow();

    AtriumInstallation.Result stop = atrium.stop();

    assertThat(stop.output()).contains("stopped");
    assertThat(AtriumInstallation.isRunning(pid)).as("server process").isFalse();
    assertThat(atrium.pidFile()).doesNotExist();
    AtriumInstallation.Result status = atrium.status();
    assertThat(status.exitCode()).as(status.output()).isEqualTo(3);
    // the plugin's migration ran: its table is in the database
    assertThat(atrium.database().hasTable(atrium.data(), "hello_greeting")).as("table hello_greeting").isTrue();
    // stopping a stopped server is no error
    AtriumInstallation.Result again = atrium.atrium(QUICK, "stop");
    assertThat(again.exitCode()).as(again.output()).isZero();
    assertThat(again.output()).contains("not running");
  }

  @Test
  @Order(9)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void statusReportsAStalePidFile() throws Exception {
    // a PID no process has: a crashed server leaves such a file behind
    Files.writeString(atrium.pidFile(), Long.toString(deadPid()) + "\n");

    AtriumInstallation.Result status = atrium.status();

    assertThat(status.exitCode()).as(status.output()).isEqualTo(1);
    assertThat(status.output()).contains("stopped");
  }

  @Test
  @Order(10)
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void disabledPluginStaysDisabledAfterRestart() {
    // starts despite the stale PID file of the step before
    atrium.start();

    JsonObject hello = atrium.plugin(HELLO).orElseThrow();
    assertThat(hello.getString("state")).isEqualTo("DISABLED");
    assertThat(hello.getBoolean("enabled")).isFalse();
    // the password given at the first start still works; it is not read again
    assertThat(atrium.get("/api/v1/plugins", "admin", AtriumInstallation.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(11)
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void enablingAgainMakesItActive() throws Exception {
    HttpResponse<String> enable = atrium.post("/api/v1/plugins/" + HELLO + "/enable", true);
    assertThat(enable.statusCode()).as(enable.body()).isEqualTo(200);

    atrium.awaitPluginState(HELLO, "ACTIVE", Duration.ofSeconds(30));
  }

  @Test
  @Order(12)
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void safeModeLoadsNoPluginFromTheDataFolder() {
    atrium.stop();

    AtriumInstallation.Result start = atrium.start("--safe-mode");

    assertThat(start.output()).contains("SAFE MODE");
    JsonObject hello = atrium.plugin(HELLO).orElseThrow();
    assertThat(hello.getString("state")).isEqualTo("SAFE_MODE");
    assertThat(atrium.get("/health/ready", false).statusCode()).isEqualTo(200);

    atrium.stop();
    assertThat(atrium.status().exitCode()).isEqualTo(3);
  }

  /** A PID that belongs to no process. */
  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor(30, TimeUnit.SECONDS);
    return process.pid();
  }
}
