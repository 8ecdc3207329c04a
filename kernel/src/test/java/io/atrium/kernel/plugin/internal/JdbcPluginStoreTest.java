package io.atrium.kernel.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.kernel.plugin.PluginValidator;
import io.atrium.kernel.plugin.TestPluginJar;
import io.atrium.sdk.plugin.PluginState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/** The plugin table of the kernel's own migration, on H2 in the mode the kernel runs it. */
class JdbcPluginStoreTest {

  private static final Instant AT = Instant.parse("2025-03-01T08:15:30.123Z");

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private JdbcPluginStore store;

  @BeforeEach
  void database() throws Exception {
    dataSource.setURL("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
    dataSource.setUser("sa");
    new SchemaMigrator(dataSource, DatabaseDialect.H2).migrate("kernel", "atrium_", "classpath:db/atrium");
    store = new JdbcPluginStore(new Jdbc(dataSource));
  }

  @AfterEach
  void drop() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void savesAndLoadsAPlugin() {
    StoredPlugin plugin = new StoredPlugin("hello", "1.2.0", "hello.jar", "ab".repeat(32), true, PluginState.FAILED,
        "it broke", AT);

    store.save(plugin);

    assertThat(store.load()).containsOnlyKeys("hello");
    assertThat(store.load().get("hello")).isEqualTo(plugin);
  }

  @Test
  void savingAgainReplacesTheRecord() {
    store.save(new StoredPlugin("hello", "1.0.0", "hello.jar", "00", true, PluginState.ACTIVE, null, AT));
    StoredPlugin update = new StoredPlugin("hello", "1.1.0", "hello-1.1.jar", "11", false, PluginState.DISABLED, null,
        AT.plusSeconds(60));

    store.save(update);

    assertThat(store.load()).hasSize(1).containsEntry("hello", update);
  }

  @Test
  void loadsPluginsOrderedById() {
    store.save(new StoredPlugin("zeta", "1.0.0", "zeta.jar", "00", true, PluginState.ACTIVE, null, AT));
    store.save(new StoredPlugin("alpha", "1.0.0", "alpha.jar", "00", true, PluginState.ACTIVE, null, AT));

    assertThat(store.load().keySet()).containsExactly("alpha", "zeta");
  }

  @Test
  void deleteForgetsAPlugin() {
    store.save(new StoredPlugin("hello", "1.0.0", "hello.jar", "00", true, PluginState.ACTIVE, null, AT));
    store.save(new StoredPlugin("other", "1.0.0", "other.jar", "00", true, PluginState.ACTIVE, null, AT));

    store.delete("hello");
    store.delete("never-there");

    assertThat(store.load()).containsOnlyKeys("other");
  }

  @Test
  void aVeryLongReasonIsCutToTheColumnSize() {
    store.save(new StoredPlugin("hello", "1.0.0", "hello.jar", "00", true, PluginState.FAILED, "x".repeat(5000), AT));

    assertThat(store.load().get("hello").reason()).hasSize(4000);
  }

  @Test
  void aDisabledPluginStaysDisabledAcrossRestartsWithTheRealStore(@TempDir Path root) throws Exception {
    Path builtIn = root.resolve("plugins");
    Path data = root.resolve("data");
    TestPluginJar.plugin("alpha", "1.0.0").writeTo(builtIn, "alpha.jar");
    TestPluginJar.plugin("beta", "1.0.0").writeTo(data, "beta.jar");
    PluginValidator validator = new PluginValidator(new Version(1, 0, 0));
    Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
    DefaultPluginRegistry first = new DefaultPluginRegistry(validator, new FakePluginRuntime(), store, builtIn, data,
        false, clock);
    first.boot();
    first.disable("beta");

    DefaultPluginRegistry second = new DefaultPluginRegistry(validator, new FakePluginRuntime(),
        new JdbcPluginStore(new Jdbc(dataSource)), builtIn, data, false, clock);
    second.boot();

    assertThat(second.find("beta").orElseThrow().state()).isEqualTo(PluginState.DISABLED);
    assertThat(second.find("alpha").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
    assertThat(store.load().get("beta").enabled()).isFalse();
  }
}
