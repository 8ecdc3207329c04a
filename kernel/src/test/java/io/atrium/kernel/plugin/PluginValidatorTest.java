package io.atrium.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Version;

class PluginValidatorTest {

  private static final Version SDK = new Version(1, 0, 0);

  @TempDir
  Path dir;

  private final PluginValidator validator = new PluginValidator(SDK);

  private PluginRejectedException refusal(Path jar) {
    try {
      validator.validate(jar);
    } catch (PluginRejectedException e) {
      return e;
    }
    throw new AssertionError(jar.getFileName() + " was accepted but should have been refused");
  }

  @Test
  void acceptsAValidPluginAndReturnsItsHeaders() throws Exception {
    Path jar = TestPluginJar.plugin("crm-lite", "1.2.3")
        .header("Atrium-Plugin-Description", "  Customers and deals  ")
        .header("Bundle-SymbolicName", "io.atrium.crm;singleton:=true")
        .header("Atrium-Entities", "io.atrium.crm.Customer, io.atrium.crm.Deal ,,")
        .writeTo(dir, "crm.jar");

    PluginManifest manifest = validator.validate(jar);

    assertThat(manifest.id()).isEqualTo("crm-lite");
    assertThat(manifest.name()).isEqualTo("Plugin crm-lite");
    assertThat(manifest.vendor()).isEqualTo("Atrium tests");
    assertThat(manifest.description()).isEqualTo("Customers and deals");
    assertThat(manifest.version()).isEqualTo("1.2.3");
    assertThat(manifest.symbolicName()).isEqualTo("io.atrium.crm");
    assertThat(manifest.sdkRange()).isEqualTo("[1.0,2)");
    assertThat(manifest.entities()).containsExactly("io.atrium.crm.Customer", "io.atrium.crm.Deal");
    assertThat(manifest.migrations()).isEqualTo("db/migration");
    assertThat(manifest.tablePrefix()).isEqualTo("crm_lite_");
  }

  @Test
  void optionalHeadersDefaultToEmptyValues() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").writeTo(dir, "hello.jar");

    PluginManifest manifest = validator.validate(jar);

    assertThat(manifest.description()).isEmpty();
    assertThat(manifest.entities()).isEmpty();
    assertThat(manifest.migrations()).isEqualTo("db/migration");
  }

  @Test
  void readsACustomMigrationsFolder() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").header("Atrium-Migrations", " sql/hello ")
        .writeTo(dir, "hello.jar");

    assertThat(validator.validate(jar).migrations()).isEqualTo("sql/hello");
  }

  @Test
  void refusesAFileThatIsNotAZip() throws Exception {
    Path jar = Files.writeString(dir.resolve("notes.jar"), "this is a text file, not a plugin");

    PluginRejectedException e = refusal(jar);

    assertThat(e).hasMessageStartingWith("notes.jar is not a JAR file")
        .hasMessageContaining("cannot be read as a ZIP archive");
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    Path jar = Files.write(dir.resolve("empty.jar"), new byte[0]);

    assertThat(refusal(jar)).hasMessageStartingWith("empty.jar is not a JAR file");
  }

  @Test
  void refusesAFolder() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.jar"));

    assertThat(refusal(folder)).hasMessage("folder.jar is not a file.");
  }

  @Test
  void refusesAMissingFile() {
    assertThat(refusal(dir.resolve("gone.jar"))).hasMessage("gone.jar is not a file.");
  }

  @Test
  void refusesAZipWithoutManifest() throws Exception {
    Path jar = TestPluginJar.withoutManifest().writeTo(dir, "plain.jar");

    assertThat(refusal(jar)).hasMessageStartingWith("plain.jar is not a plugin: it has no META-INF/MANIFEST.MF");
  }

  @Test
  void refusesAManifestWithoutSymbolicName() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").without("Bundle-SymbolicName").writeTo(dir, "hello.jar");

    assertThat(refusal(jar)).hasMessageStartingWith("hello.jar is not an OSGi bundle")
        .hasMessageContaining("lacks Bundle-SymbolicName");
  }

  @Test
  void refusesAManifestWithoutBundleManifestVersion() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").without("Bundle-ManifestVersion").writeTo(dir, "hello.jar");

    assertThat(refusal(jar)).hasMessageStartingWith("hello.jar is not an OSGi bundle")
        .hasMessageContaining("lacks Bundle-ManifestVersion: 2");
  }

  @Test
  void refusesAnOsgiR3Manifest() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").header("Bundle-ManifestVersion", "1").writeTo(dir, "hello.jar");

    assertThat(refusal(jar)).hasMessageContaining("Bundle-ManifestVersion: 2");
  }

  @Test
  void refusesABundleWithoutAtriumHeadersListingEveryMissingOne() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0")
        .without("Atrium-Plugin-Id", "Atrium-Plugin-Name", "Atrium-Plugin-Vendor", "Bundle-Version",
            "Atrium-Sdk-Version")
        .writeTo(dir, "bundle.jar");

    assertThat(refusal(jar)).hasMessageStartingWith("bundle.jar is not an Atrium plugin: its manifest lacks "
        + "Atrium-Plugin-Id, Atrium-Plugin-Name, Atrium-Plugin-Vendor, Bundle-Version, Atrium-Sdk-Version.");
  }

  @Test
  void listsOnlyTheHeadersThatAreMissingOrBlank() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0")
        .without("Atrium-Plugin-Vendor")
        .header("Atrium-Sdk-Version", "   ")
        .writeTo(dir, "hello.jar");

    PluginRejectedException e = refusal(jar);

    assertThat(e).hasMessageContaining("its manifest lacks Atrium-Plugin-Vendor, Atrium-Sdk-Version.");
    assertThat(e.getMessage()).doesNotContain("Atrium-Plugin-Id,").doesNotContain("Atrium-Plugin-Name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hello", "1hello", "hello_world", "hello--world", "hello-", "h", "héllo"})
  void refusesAnInvalidPluginId(String id) throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").header("Atrium-Plugin-Id", id).writeTo(dir, "bad-id.jar");

    assertThat(refusal(jar)).hasMessageStartingWith("bad-id.jar is refused: the plugin id '" + id + "' must be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"atrium", "kernel", "admin", "api", "sdk"})
  void refusesAReservedPluginId(String id) throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").header("Atrium-Plugin-Id", id).writeTo(dir, "reserved.jar");

    assertThat(refusal(jar)).hasMessage("reserved.jar is refused: the plugin id '" + id
        + "' is reserved by the platform.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"one.two", "1.0.0.0.0", "1.x", "-1"})
  void refusesABadBundleVersion(String version) throws Exception {
    Path jar = TestPluginJar.plugin("hello", version).writeTo(dir, "hello.jar");

    assertThat(refusal(jar)).hasMessage("hello.jar is refused: Bundle-Version '" + version
        + "' is not a version such as 1.2.0.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1.0,2", "one", "(2.0,1.0]x", "[1.0;2.0)"})
  void refusesAMalformedSdkRange(String range) throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").header("Atrium-Sdk-Version", range).writeTo(dir, "hello.jar");

    assertThat(refusal(jar)).hasMessage("hello.jar is refused: Atrium-Sdk-Version '" + range
        + "' is not a version range such as [1.0,2).");
  }

  @Test
  void refusesAPluginBuiltForAnotherSdk() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "3.1.0").header("Atrium-Sdk-Version", "[2.0,3)").writeTo(dir, "hello.jar");

    assertThat(refusal(jar)).hasMessage("Plugin 'hello' 3.1.0 needs Atrium SDK [2.0,3) but this server provides "
        + "SDK 1.0.0. Install a version of the plugin built for SDK 1.x, or upgrade Atrium.");
  }

  @Test
  void checksTheSdkRangeAgainstTheServersVersion() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").header("Atrium-Sdk-Version", "[1.2,2)").writeTo(dir, "hello.jar");

    assertThat(refusal(jar)).hasMessageContaining("needs Atrium SDK [1.2,2)");
    assertThat(new PluginValidator(new Version(1, 3, 0)).validate(jar).id()).isEqualTo("hello");
  }

  @Test
  void aBareVersionMeansThatVersionOrNewer() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").header("Atrium-Sdk-Version", "1.0").writeTo(dir, "hello.jar");

    assertThat(validator.validate(jar).sdkRange()).isEqualTo("1.0");
  }

  @Test
  void refusesAJarEmbeddingTheSdk() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0")
        .entry("io/atrium/sdk/event/EventPublisher.class")
        .entry("io/atrium/sdk/event/Event.class")
        .entry("io/atrium/sdk/plugin/Plugins.class")
        .writeTo(dir, "fat.jar");

    PluginRejectedException e = refusal(jar);

    assertThat(e).hasMessageStartingWith("fat.jar is refused: it carries its own copy of the SDK packages "
        + "io.atrium.sdk.event, io.atrium.sdk.plugin.");
    assertThat(e).hasMessageContaining("<scope>provided</scope>");
  }

  @Test
  void namesASingleEmbeddedSdkPackageInTheSingular() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").entry("io/atrium/sdk/time/AtriumClock.class")
        .writeTo(dir, "fat.jar");

    assertThat(refusal(jar)).hasMessageStartingWith("fat.jar is refused: it carries its own copy of the SDK package "
        + "io.atrium.sdk.time.");
  }

  @Test
  void acceptsNonClassResourcesUnderTheSdkPathAndLookalikePackages() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0")
        .entry("io/atrium/sdk/readme.txt")
        .entry("io/atrium/sdkextra/Helper.class")
        .writeTo(dir, "hello.jar");

    assertThat(validator.validate(jar).id()).isEqualTo("hello");
  }

  @Test
  void aCorruptedJarIsRefusedWithoutThrowingSomethingElse() throws Exception {
    Path jar = TestPluginJar.plugin("hello", "1.0.0").writeTo(dir, "hello.jar");
    byte[] bytes = Files.readAllBytes(jar);
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    Files.write(jar, truncated);

    assertThat(refusal(jar)).hasMessageStartingWith("hello.jar is not a JAR file");
  }
}
