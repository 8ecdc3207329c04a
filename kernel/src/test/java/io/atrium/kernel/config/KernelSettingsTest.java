package io.atrium.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelSettingsTest {

  @TempDir
  Path home;

  final Map<String, String> env = new HashMap<>();
  final Properties system = new Properties();

  @BeforeEach
  void homeFromSystemProperty() {
    system.setProperty(KernelSettings.HOME, home.toString());
  }

  private void conf(String text) throws IOException {
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("conf").resolve("atrium.properties"), text);
  }

  private KernelSettings settings() {
    return KernelSettings.of(env, system);
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironmentWhichWinsOverTheFile() throws IOException {
    conf("""
        atrium.db.url = jdbc:postgresql://file/atrium
        atrium.db.user = file-user
        atrium.db.password = file-secret
        """);
    env.put("ATRIUM_DB_URL", "jdbc:postgresql://env/atrium");
    env.put("ATRIUM_DB_USER", "env-user");
    system.setProperty("atrium.db.url", "jdbc:postgresql://sys/atrium");

    KernelSettings settings = settings();

    assertThat(settings.get("atrium.db.url")).contains("jdbc:postgresql://sys/atrium");
    assertThat(settings.get("atrium.db.user")).contains("env-user");
    assertThat(settings.get("atrium.db.password")).contains("file-secret");
    assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://sys/atrium");
    assertThat(settings.databaseUser()).isEqualTo("env-user");
    assertThat(settings.databasePassword()).isEqualTo("file-secret");
  }

  @Test
  void valuesAreTrimmedAndBlankValuesCountAsUnset() throws IOException {
    conf("atrium.timezone =   Europe/Berlin   \natrium.db.user =\n");

    KernelSettings settings = settings();

    assertThat(settings.get(KernelSettings.TIMEZONE)).contains("Europe/Berlin");
    assertThat(settings.get(KernelSettings.DB_USER)).isEmpty();
    assertThat(settings.get("atrium.unknown")).isEmpty();
  }

  @Test
  void theConfigurationFileIsReadAsUtf8() throws IOException {
    conf("atrium.company = Café Ünïcode 中文\n");

    assertThat(settings().get("atrium.company")).contains("Café Ünïcode 中文");
  }

  @Test
  void theHomeFolderMayComeFromTheEnvironment() throws IOException {
    conf("atrium.safe-mode = true\n");
    system.remove(KernelSettings.HOME);
    env.put("ATRIUM_HOME", home.toString());

    KernelSettings settings = settings();

    assertThat(settings.home()).isEqualTo(home.toAbsolutePath().normalize());
    assertThat(settings.safeMode()).isTrue();
  }

  @Test
  void atriumConfPointsAtAnotherFile() throws IOException {
    conf("atrium.timezone = UTC\n");
    Path other = Files.writeString(home.resolve("other.properties"), "atrium.timezone = Asia/Shanghai\n");
    env.put("ATRIUM_CONF", other.toString());

    assertThat(settings().get(KernelSettings.TIMEZONE)).contains("Asia/Shanghai");
  }

  @Test
  void fileProperitesAreACopyOfTheFileOnly() throws IOException {
    conf("atrium.timezone = UTC\n");
    env.put("ATRIUM_DB_USER", "env-user");

    Properties file = settings().fileProperties();
    file.setProperty("atrium.timezone", "changed");

    assertThat(settings().fileProperties()).containsOnlyKeys("atrium.timezone");
    assertThat(settings().get(KernelSettings.TIMEZONE)).contains("UTC");
  }

  @ParameterizedTest
  @CsvSource({
      "atrium.db.url, ATRIUM_DB_URL",
      "atrium.safe-mode, ATRIUM_SAFE_MODE",
      "atrium.plugins.poll-millis, ATRIUM_PLUGINS_POLL_MILLIS",
      "atrium.testing.clock-control, ATRIUM_TESTING_CLOCK_CONTROL",
      "atrium.home, ATRIUM_HOME",
  })
  void environmentVariableNames(String key, String envName) {
    assertThat(KernelSettings.envName(key)).isEqualTo(envName);
  }

  @Test
  void everySettingCanComeFromItsEnvironmentVariable() {
    env.put("ATRIUM_PLUGINS_POLL_MILLIS", "250");
    env.put("ATRIUM_PLUGINS_START_TIMEOUT", "2m");
    env.put("ATRIUM_TESTING_CLOCK_CONTROL", "true");
    env.put("ATRIUM_SAFE_MODE", "TRUE");

    KernelSettings settings = settings();

    assertThat(settings.pluginPollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.pluginStartTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.clockControl()).isTrue();
    assertThat(settings.safeMode()).isTrue();
  }

  @Test
  void defaults() {
    KernelSettings settings = settings();

    Path base = home.toAbsolutePath().normalize();
    assertThat(settings.home()).isEqualTo(base);
    assertThat(settings.dataDir()).isEqualTo(base.resolve("data"));
    assertThat(settings.pluginDataDir()).isEqualTo(base.resolve("data").resolve("plugins"));
    assertThat(settings.builtInPluginDir()).isEqualTo(base.resolve("plugins"));
    assertThat(settings.safeMode()).isFalse();
    assertThat(settings.clockControl()).isFalse();
    assertThat(settings.pluginPollInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.pluginStartTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.databaseUser()).isEqualTo("sa");
    assertThat(settings.databasePassword()).isEmpty();
  }

  @Test
  void theDefaultDatabaseIsAnH2FileUnderTheDataFolderInLegacyMode() {
    assertThat(settings().databaseUrl()).isEqualTo("jdbc:h2:file:" + home.toAbsolutePath().normalize()
        .resolve("data").resolve("db").resolve("atrium") + ";DB_CLOSE_ON_EXIT=FALSE;MODE=LEGACY");
  }

  @Test
  void theDefaultDatabaseFollowsAMovedDataFolder() {
    Path data = home.resolve("elsewhere");
    system.setProperty(KernelSettings.DATA, data.toString());

    KernelSettings settings = settings();

    assertThat(settings.dataDir()).isEqualTo(data.toAbsolutePath().normalize());
    assertThat(settings.pluginDataDir()).isEqualTo(data.toAbsolutePath().normalize().resolve("plugins"));
    assertThat(settings.databaseUrl()).startsWith("jdbc:h2:file:" + data.toAbsolutePath().normalize()
        .resolve("db").resolve("atrium") + ";");
  }

  @Test
  void aPostgresDatabaseDefaultsToTheAtriumUser() {
    env.put("ATRIUM_DB_URL", "jdbc:postgresql://db:5432/atrium");

    assertThat(settings().databaseUser()).isEqualTo("atrium");
    assertThat(settings().databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/atrium");
  }

  @Test
  void aConfiguredH2UrlGetsLegacyMode() {
    env.put("ATRIUM_DB_URL", "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");

    assertThat(settings().databaseUrl()).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;MODE=LEGACY");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jdbc:h2:mem:x | jdbc:h2:mem:x;MODE=LEGACY",
      "jdbc:h2:file:/data/db;AUTO_SERVER=TRUE | jdbc:h2:file:/data/db;AUTO_SERVER=TRUE;MODE=LEGACY",
      "jdbc:h2:mem:x;MODE=PostgreSQL | jdbc:h2:mem:x;MODE=PostgreSQL",
      "jdbc:h2:mem:x;mode=legacy | jdbc:h2:mem:x;mode=legacy",
      "jdbc:postgresql://db/atrium | jdbc:postgresql://db/atrium",
  })
  void withH2LegacyMode(String url, String expected) {
    assertThat(KernelSettings.withH2LegacyMode(url)).isEqualTo(expected);
  }

  @Test
  void aBadStartTimeoutNamesTheSetting() {
    system.setProperty(KernelSettings.PLUGIN_START_TIMEOUT, "soon");

    assertThatThrownBy(() -> settings().pluginStartTimeout()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atrium.plugins.start-timeout = 'soon'");
  }
}
