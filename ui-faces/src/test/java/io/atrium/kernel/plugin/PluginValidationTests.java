package io.atrium.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestJars;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad plugin jars get a message an administrator can act on, and neither the server nor other
 * plugins suffer.
 */
public abstract class PluginValidationTests extends ServerTest {

  @BeforeEach
  void installHello() throws Exception {
    client.uninstallAllDataPlugins();
    try (var files = Files.list(pluginDir())) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
  }

  @Test
  void aFileThatIsNotAJarIsRefused() {
    assertRefused(TestJars.notAZip(), "notes.jar", "is not a JAR file");
  }

  @Test
  void aJarWithoutManifestIsRefused() {
    assertRefused(TestJars.withoutManifest(), "plain.jar", "has no META-INF/MANIFEST.MF");
  }

  @Test
  void aJarThatIsNotABundleIsRefused() {
    assertRefused(TestJars.jar(Map.of("Created-By", "hand")), "library.jar", "is not an OSGi bundle");
  }

  @Test
  void aBundleWithoutAtriumHeadersIsRefusedNamingTheMissingHeaders() {
    Map<String, String> headers = TestJars.pluginHeaders("incomplete");
    headers.remove("Atrium-Plugin-Vendor");
    headers.remove("Atrium-Sdk-Version");
    String detail = assertRefused(TestJars.jar(headers), "incomplete.jar", "is not an Atrium plugin");
    assertThat(detail).contains("Atrium-Plugin-Vendor").contains("Atrium-Sdk-Version");
  }

  @Test
  void aPluginForAnotherSdkIsRefusedSayingWhichSdkItNeeds() {
    Map<String, String> headers = TestJars.pluginHeaders("future");
    headers.put("Atrium-Sdk-Version", "[2.0,3)");
    String detail = assertRefused(TestJars.jar(headers), "future.jar", "needs Atrium SDK [2.0,3)");
    assertThat(detail).contains("provides SDK 1.0.0");
  }

  @Test
  void aPluginEmbeddingTheSdkIsRefused() {
    String detail = assertRefused(TestJars.embeddingTheSdk("embedder"), "embedder.jar",
        "carries its own copy of the SDK");
    assertThat(detail).contains("io.atrium.sdk.event").contains("provided");
  }

  @Test
  void aPluginWithAnUnresolvableImportFailsWithTheMissingPackage() {
    JsonObject plugin = uploadAccepted(TestJars.unresolvable("needy"), "needy.jar");

    assertThat(plugin.getString("state")).isEqualTo("FAILED");
    assertThat(plugin.getString("reason")).contains("com.example.missing")
        .contains("neither the platform nor any installed plugin exports");
    assertServerStillServes();
  }

  @Test
  void aPluginThatThrowsOnStartFailsWithItsException() {
    JsonObject plugin = uploadAccepted(TestJars.throwingOnStart("thrower"), "thrower.jar");

    assertThat(plugin.getString("state")).isEqualTo("FAILED");
    assertThat(plugin.getString("reason")).contains("threw while starting").contains("license server unreachable");
    assertServerStillServes();
    JsonObject retried = AtriumClient.json(client.post("/api/v1/plugins/thrower/enable")).asJsonObject();
    assertThat(retried.getString("state")).isEqualTo("FAILED");
  }

  @Test
  void aBadJarDroppedIntoTheFolderIsListedWithItsReason() throws Exception {
    Files.write(pluginDir().resolve("broken.jar"), TestJars.notAZip());
    Files.write(pluginDir().resolve("old-sdk.jar"), TestJars.jar(withSdk("old-sdk", "[0.1,0.2)")));

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String rejected = "";
    while (System.nanoTime() < deadline) {
      rejected = client.get("/api/v1/plugins/rejected").body();
      if (rejected.contains("broken.jar") && rejected.contains("old-sdk.jar")) {
        break;
      }
      AtriumClient.sleep(200);
    }
    assertThat(rejected).contains("broken.jar").contains("is not a JAR file").contains("old-sdk.jar")
        .contains("needs Atrium SDK [0.1,0.2)");
    assertServerStillServes();

    Files.delete(pluginDir().resolve("broken.jar"));
    Files.delete(pluginDir().resolve("old-sdk.jar"));
  }

  @Test
  void anOlderVersionOfAnInstalledPluginIsRefused() {
    Map<String, String> headers = TestJars.pluginHeaders("versioned");
    headers.put("Bundle-Version", "2.0.0");
    assertThat(client.upload(TestJars.jar(headers), "versioned-2.jar").statusCode()).isEqualTo(201);
    headers.put("Bundle-Version", "1.5.0");

    String detail = assertRefused(TestJars.jar(headers), "versioned-1.5.jar", "older than the installed 2.0.0");
    assertThat(detail).contains("Downgrades are refused");
    assertThat(client.plugin("versioned").getString("version")).isEqualTo("2.0.0");
  }

  @Test
  void anOversizedUploadIsRefusedWithoutStoringAnything() {
    byte[] huge = new byte[51 * 1024 * 1024];
    HttpResponse<String> response = client.upload(huge, "huge.jar");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(AtriumClient.json(response).asJsonObject().getString("detail")).contains("50 MB");
    assertThat(folder().resolve("huge.jar")).doesNotExist();
  }

  private static Map<String, String> withSdk(String id, String range) {
    Map<String, String> headers = TestJars.pluginHeaders(id);
    headers.put("Atrium-Sdk-Version", range);
    return headers;
  }

  /** Uploads a jar that must be refused with 422; returns the problem detail. */
  private String assertRefused(byte[] jar, String fileName, String expected) {
    HttpResponse<String> response = client.upload(jar, fileName);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    String detail = AtriumClient.json(response).asJsonObject().getString("detail");
    assertThat(detail).contains(expected);
    assertThat(folder().resolve(fileName)).doesNotExist();
    assertServerStillServes();
    return detail;
  }

  private JsonObject uploadAccepted(byte[] jar, String fileName) {
    HttpResponse<String> response = client.upload(jar, fileName);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return AtriumClient.json(response).asJsonObject();
  }

  private void assertServerStillServes() {
    HttpResponse<String> ready = client.send(client.request("/health/ready").GET());
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(client.plugin("hello").getString("state")).isEqualTo("ACTIVE");
    assertThat(client.login("admin", adminPassword()).get("/hello/index.xhtml").statusCode()).isEqualTo(200);
  }

  /** The plugin folder, without checked exceptions. */
  private static Path folder() {
    try {
      return pluginDir();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
