package io.atrium.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * {@code bin/atrium} without a server: usage errors, the Java check and the exact command line it
 * starts, read from a stand-in {@code java} that prints its arguments instead of running; and
 * {@code audit-verify} against a stand-in HTTP server on loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ControlScriptIT {

  private static final Duration QUICK = Duration.ofSeconds(30);

  private AtriumInstallation atrium;
  private Path fakeJavaHome;

  @BeforeAll
  void install() throws IOException {
    atrium = AtriumInstallation.scriptOnly("script");
    fakeJavaHome = atrium.home().getParent().resolve("fake-jdk");
    fakeJava(fakeJavaHome, "17");
  }

  /** A test that fails half-way may leave the PID file behind. */
  @AfterEach
  void removePidFile() throws IOException {
    Files.deleteIfExists(atrium.pidFile());
  }

  @AfterAll
  void cleanUp() {
    if (atrium != null) {
      atrium.close();
    }
  }

  /**
   * A "java" that answers the version query with the given version and otherwise prints its
   * arguments, one per line, between markers.
   */
  private static void fakeJava(Path javaHome, String version) throws IOException {
    Path bin = Files.createDirectories(javaHome.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, String.join("\n",
        "#!/bin/sh",
        "case \"$*\" in",
        "  *-XshowSettings:properties*)",
        "    echo 'Property settings:' >&2",
        "    echo '    java.specification.version = " + version + "' >&2",
        "    exit 0 ;;",
        "esac",
        "if [ \"$FAKE_JAVA_BOOT\" = fails ]; then",
        "  echo '[2026-12-03T10:00:00.000+0000] [] [SEVERE] [] [fish.payara] the cause of the failed boot'",
        "  echo 'Server failed to start'",
        // like Payara Micro after a failed boot: the JVM keeps running
        "  exec sleep 120",
        "fi",
        "echo ARGS-BEGIN",
        "for a in \"$@\"; do echo \"$a\"; done",
        "echo ARGS-END",
        "exit 0",
        ""));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private AtriumInstallation.Result run(Map<String, String> environment, String... arguments) {
    Map<String, String> all = new HashMap<>(environment);
    all.putIfAbsent("JAVA_HOME", fakeJavaHome.toString());
    return atrium.atrium(all, QUICK, arguments);
  }

  /** The arguments the stand-in java got. */
  private static List<String> javaArguments(AtriumInstallation.Result result) {
    String output = result.output();
    int begin = output.indexOf("ARGS-BEGIN\n");
    int end = output.indexOf("ARGS-END");
    assertThat(begin).as("java was not started; the script printed:\n%s", output).isNotNegative();
    return List.of(output.substring(begin + "ARGS-BEGIN\n".length(), end).split("\n"));
  }

  @Test
  void unknownCommandsAndOptionsPrintUsageAndExit2() {
    for (String[] arguments : List.of(new String[] {}, new String[] {"restart-all"}, new String[] {"start", "--bogus"},
        new String[] {"run", "safe-mode"}, new String[] {"stop", "now"}, new String[] {"status", "-v"})) {
      AtriumInstallation.Result result = run(Map.of(), arguments);

      assertThat(result.exitCode()).as("atrium %s: %s", String.join(" ", arguments), result.output()).isEqualTo(2);
      assertThat(result.output()).contains("Usage: atrium");
    }
  }

  /** A stand-in Atrium on the installation's loopback port that answers the chain check with a fixed reply. */
  private HttpServer verifyServer(int status, String body, List<String> authorizations) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", atrium.uri("/").getPort()), 0);
    server.createContext("/api/v1/audit/verify", exchange -> {
      authorizations.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }

  @Test
  void auditVerifyExitsZeroWhenTheChainIsIntactAndFourWhenItIsBroken() throws IOException {
    List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpServer intact = verifyServer(200, "{\"checked\":42,\"detail\":\"The audit chain is intact: 42 entries "
        + "checked.\",\"lastHash\":\"ab12\",\"lastId\":42,\"ok\":true}", calls);
    AtriumInstallation.Result ok;
    try {
      ok = run(Map.of("ATRIUM_TOKEN", "atr_abc-DEF_123"), "audit-verify");
    } finally {
      intact.stop(0);
    }
    assertThat(ok.exitCode()).as(ok.output()).isZero();
    assertThat(ok.output()).contains("intact: 42 entries").contains("checked: 42").contains("ab12");
    assertThat(calls).containsExactly("POST Bearer atr_abc-DEF_123");

    HttpServer broken = verifyServer(200, "{\"checked\":6,\"detail\":\"The audit chain is broken: entry 7 was "
        + "changed \\\"after\\\" it was written.\",\"firstBrokenId\":7,\"lastHash\":\"cd34\",\"lastId\":9,"
        + "\"ok\":false,\"reason\":\"changed\"}", calls);
    AtriumInstallation.Result bad;
    try {
      bad = run(Map.of("ATRIUM_TOKEN", "atr_abc"), "audit-verify");
    } finally {
      broken.stop(0);
    }
    assertThat(bad.exitCode()).as(bad.output()).isEqualTo(4);
    assertThat(bad.output()).contains("entry 7 was changed \"after\" it").contains("first broken entry: 7 (changed)");
  }

  @Test
  void auditVerifyExitsOneWhenItCannotAsk() throws IOException {
    AtriumInstallation.Result noToken = run(Map.of(), "audit-verify");
    assertThat(noToken.exitCode()).as(noToken.output()).isEqualTo(1);
    assertThat(noToken.output()).contains("ATRIUM_TOKEN").contains("atrium:audit:view");

    AtriumInstallation.Result injected = run(Map.of("ATRIUM_TOKEN", "atr_x\r\nX-Evil: 1"), "audit-verify");
    assertThat(injected.exitCode()).as(injected.output()).isEqualTo(1);

    AtriumInstallation.Result nobody = run(Map.of("ATRIUM_TOKEN", "atr_abc"), "audit-verify");
    assertThat(nobody.exitCode()).as(nobody.output()).isEqualTo(1);
    assertThat(nobody.output()).contains("cannot reach Atrium");

    HttpServer refusing = verifyServer(401, "{\"status\":401}", new java.util.ArrayList<>());
    AtriumInstallation.Result refused;
    try {
      refused = run(Map.of("ATRIUM_TOKEN", "atr_revoked"), "audit-verify");
    } finally {
      refusing.stop(0);
    }
    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output()).contains("401").contains("revoked");
  }

  @Test
  void helpExitsZero() {
    AtriumInstallation.Result help = run(Map.of(), "help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.output()).contains("Usage: atrium").contains("--safe-mode").contains("ATRIUM_DATA")
        .contains("ATRIUM_PORT").contains("ATRIUM_BIND_ADDRESS").contains("ATRIUM_CLUSTER_MEMBERS")
        .contains("ATRIUM_JAVA_OPTS").contains("audit-verify").contains("ATRIUM_TOKEN");
  }

  @Test
  void statusAndStopOfAnInstallationThatNeverRan() {
    AtriumInstallation.Result status = run(Map.of(), "status");
    assertThat(status.exitCode()).as(status.output()).isEqualTo(3);

    AtriumInstallation.Result stop = run(Map.of(), "stop");
    assertThat(stop.exitCode()).as(stop.output()).isZero();
    assertThat(stop.output()).contains("not running");
  }

  @Test
  void refusesJavaOlderThan17() throws IOException {
    for (String version : List.of("11", "1.8")) {
      Path oldJdk = atrium.home().getParent().resolve("jdk-" + version);
      fakeJava(oldJdk, version);

      AtriumInstallation.Result start = run(Map.of("JAVA_HOME", oldJdk.toString()), "start");

      assertThat(start.exitCode()).as(start.output()).isEqualTo(1);
      assertThat(start.output()).contains("Java 17 or newer").contains(version);
      assertThat(atrium.pidFile()).doesNotExist();
    }
  }

  @Test
  void saysWhatIsWrongWithJavaHome() {
    AtriumInstallation.Result start = run(Map.of("JAVA_HOME", "/nonexistent/jdk"), "start");

    assertThat(start.exitCode()).as(start.output()).isEqualTo(1);
    assertThat(start.output()).contains("JAVA_HOME").contains("/nonexistent/jdk");
  }

  @Test
  void rejectsBadSettings() {
    AtriumInstallation.Result port = run(Map.of("ATRIUM_PORT", "80a"), "start");
    assertThat(port.exitCode()).as(port.output()).isEqualTo(1);
    assertThat(port.output()).contains("ATRIUM_PORT");

    AtriumInstallation.Result members = run(Map.of("ATRIUM_CLUSTER_MEMBERS", "node1.example"), "start");
    assertThat(members.exitCode()).as(members.output()).isEqualTo(1);
    assertThat(members.output()).contains("ATRIUM_CLUSTER_MEMBERS");
  }

  @Test
  void runStartsPayaraMicroWithoutClusterOrPhoneHome() throws IOException {
    AtriumInstallation.Result run = run(Map.of(), "run");

    assertThat(run.exitCode()).as(run.output()).isZero();
    List<String> arguments = javaArguments(run);
    Path home = atrium.home().toRealPath();
    Path data = atrium.data();
    assertThat(arguments).contains("-Xms256m", "-Xmx1g", "-Datrium.home=" + home, "-Datrium.data=" + data)
        .containsSubsequence("-jar", home.resolve("lib/payara-micro.jar").toString())
        .contains("--disablephonehome", "--nocluster")
        .containsSubsequence("--deploy", home.resolve("lib/ROOT.war").toString(), "--contextroot", "/")
        .containsSubsequence("--rootdir", data.resolve("payara").toString())
        .containsSubsequence("--port", atrium.uri("/").getPort() + "")
        .doesNotContain("--clustermode", "-Datrium.safe-mode=true");
    assertThat(arguments.indexOf("-jar")).as("JVM options before -jar")
        .isGreaterThan(arguments.indexOf("-Xmx1g"));
    // the HTTP listener binds to ATRIUM_BIND_ADDRESS
    int prebootIndex = arguments.indexOf("--prebootcommandfile");
    assertThat(prebootIndex).isPositive();
    assertThat(Files.readString(Path.of(arguments.get(prebootIndex + 1))))
        .contains("network-listener.http-listener.address=127.0.0.1");
    // the PID file named the Java process while it ran
    assertThat(atrium.pidFile()).doesNotExist();
    assertThat(run.output()).contains(atrium.baseUrl()).contains("ATRIUM_ADMIN_PASSWORD");
  }

  /** Payara Micro's JVM lives on after a failed boot; "run" must not pass for a running server. */
  @Test
  void runStopsAServerWhoseBootFailedAndShowsTheFirstError() {
    long started = System.nanoTime();

    AtriumInstallation.Result run = run(Map.of("FAKE_JAVA_BOOT", "fails"), "run");

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("could not start Atrium and was stopped")
        .contains("the cause of the failed boot");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICK);
    assertThat(atrium.pidFile()).doesNotExist();
  }

  @Test
  void bindsToEveryInterfaceByDefault() throws IOException {
    Map<String, String> environment = new HashMap<>();
    environment.put("ATRIUM_BIND_ADDRESS", null);

    AtriumInstallation.Result run = run(environment, "run");

    List<String> arguments = javaArguments(run);
    Path preboot = Path.of(arguments.get(arguments.indexOf("--prebootcommandfile") + 1));
    assertThat(Files.readString(preboot)).contains("network-listener.http-listener.address=0.0.0.0");
    assertThat(run.output()).contains("all interfaces");
  }

  @Test
  void safeModeSetsTheKernelSetting() {
    List<String> arguments = javaArguments(run(Map.of(), "run", "--safe-mode"));

    assertThat(arguments).contains("-Datrium.safe-mode=true");
  }

  @Test
  void clusterMembersMeanTcpDiscoveryInsteadOfNoCluster() {
    List<String> arguments = javaArguments(
        run(Map.of("ATRIUM_CLUSTER_MEMBERS", "node1.example:6900,node2.example:6900"), "run"));

    assertThat(arguments).containsSubsequence("--clustermode", "tcpip:node1.example:6900,node2.example:6900")
        .contains("--disablephonehome")
        .doesNotContain("--nocluster")
        .noneMatch(argument -> argument.contains("multicast"));
  }

  @Test
  void javaOptionsReplaceTheDefaults() {
    List<String> arguments = javaArguments(run(Map.of("ATRIUM_JAVA_OPTS", "-Xmx384m  -Dtest.flag=yes"), "run"));

    assertThat(arguments).contains("-Xmx384m", "-Dtest.flag=yes").doesNotContain("-Xmx1g", "-Xms256m");
  }

  @Test
  void findsItsHomeThroughASymlink() throws IOException {
    Path link = Files.createDirectories(atrium.home().getParent().resolve("links")).resolve("atrium");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, atrium.home().resolve("bin/atrium"));
    Map<String, String> environment = new HashMap<>(atrium.environment());
    environment.put("JAVA_HOME", fakeJavaHome.toString());
    ProcessBuilder builder = new ProcessBuilder(link.toString(), "run").redirectErrorStream(true);
    builder.environment().keySet().removeIf(key -> key.startsWith("ATRIUM_"));
    builder.environment().putAll(environment);

    String output;
    try {
      Process process = builder.start();
      output = new String(process.getInputStream().readAllBytes());
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }

    assertThat(javaArguments(new AtriumInstallation.Result(0, output)))
        .contains("-Datrium.home=" + atrium.home().toRealPath());
  }
}
