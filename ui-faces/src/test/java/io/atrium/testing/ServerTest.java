package io.atrium.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that talk to the integration-test server over HTTP, like a browser or a script
 * would. The server is started by an {@link AtriumServer} class; test classes nested in it share it.
 * Its port is reserved by the build ({@code atrium.it.http.port}); its home and data folder
 * ({@code atrium.it.home}) are shared by all servers of one run.
 */
public abstract class ServerTest {

  protected AtriumClient client;

  @BeforeEach
  void connect() {
    client = new AtriumClient(serverUri(), adminPassword());
    client.awaitReady();
  }

  /** A name no other test run used: the areas share one server and its database. */
  protected static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36);
  }

  /** Moves the server's clock on (timers, schedules and SLAs follow it); {@link #resetClock()} puts it back. */
  protected void advanceClock(Duration by) {
    HttpResponse<String> moved = client.postJson("/api/v1/system/clock", "{\"advanceSeconds\": " + by.toSeconds()
        + "}");
    if (moved.statusCode() != 200) {
      throw new AssertionError("Moving the clock answered " + moved.statusCode() + ": " + moved.body());
    }
  }

  /** Puts the server's clock back to real time. */
  protected void resetClock() {
    client.postJson("/api/v1/system/clock", "{\"reset\": true}");
  }

  /** Asks the probe every half second until it finds something, for at most {@code within}. */
  protected static <T> T await(Supplier<Optional<T>> probe, Duration within, String what) {
    long until = System.nanoTime() + within.toNanos();
    while (true) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
      }
      AtriumClient.sleep(500);
    }
  }

  /** Installs the forms plugin unless it is there (another area may have), and waits until it is active. */
  protected void formsPluginActive() {
    if (client.plugin("forms") == null) {
      HttpResponse<String> upload = client.upload(formsJar());
      if (upload.statusCode() != 201 && upload.statusCode() != 409) {
        throw new AssertionError("Installing the forms plugin answered " + upload.statusCode() + ": " + upload.body());
      }
    }
    client.awaitPlugin("forms", p -> p != null && "ACTIVE".equals(p.getString("state")), Duration.ofSeconds(60));
  }

  /** Installs the workflows plugin unless it is there, and waits until it is active. */
  protected void workflowsPluginActive() {
    if (client.plugin("workflows") == null) {
      HttpResponse<String> upload = client.upload(workflowsJar());
      if (upload.statusCode() != 201 && upload.statusCode() != 409) {
        throw new AssertionError("Installing the workflows plugin answered " + upload.statusCode() + ": "
            + upload.body());
      }
    }
    client.awaitPlugin("workflows", p -> p != null && "ACTIVE".equals(p.getString("state")), Duration.ofSeconds(60));
  }

  /** The test server's address: it listens on loopback only. */
  public static URI serverUri() {
    String port = System.getProperty("atrium.it.http.port");
    if (port == null) {
      throw new IllegalStateException("atrium.it.http.port is not set: run the integration tests with Maven (mvn verify)");
    }
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** The first administrator's password the test servers are started with. */
  public static String adminPassword() {
    return System.getProperty("atrium.it.admin.password");
  }

  /** The server's data folder. */
  public static Path dataDir() {
    return Paths.get(System.getProperty("atrium.it.home", "target/it-h2")).resolve("data");
  }

  /** The folder plugins are dropped into. */
  public static Path pluginDir() throws java.io.IOException {
    return Files.createDirectories(dataDir().resolve("plugins"));
  }

  /** The example plugin jar. */
  public static Path helloJar() {
    return Paths.get(System.getProperty("atrium.it.hello", "target/it-runtime/hello.jar"));
  }

  /** The forms plugin jar. */
  public static Path formsJar() {
    return Paths.get(System.getProperty("atrium.it.forms", "target/it-runtime/forms.jar"));
  }

  /** The workflows plugin jar. */
  public static Path workflowsJar() {
    return Paths.get(System.getProperty("atrium.it.workflows", "target/it-runtime/workflows.jar"));
  }

  /** "h2" or "postgresql". */
  public static String database() {
    return System.getProperty("atrium.it.database", "h2");
  }
}
