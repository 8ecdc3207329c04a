package io.atrium.benchmarks.workflows;

import io.atrium.benchmarks.BenchPostgres;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.atrium.kernel.config.KernelSettings;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.kernel.persistence.UrlResourceProvider;
import io.atrium.workflows.storage.JdbcInstanceStore;
import io.atrium.sdk.persistence.Database;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.sql.DataSource;

/**
 * One database both engines share in a run: an H2 file in a fresh folder or an emptied PostgreSQL
 * database, behind one HikariCP pool, with Atrium's workflow tables migrated as the server does and
 * the form record table.
 */
final class BenchDatabase implements AutoCloseable {

  private static final String MIGRATIONS = "db/migration";

  private final String name;
  private final Database kind;
  private final HikariDataSource pool;

  private BenchDatabase(String name, Database kind, String url, String user, String password, int poolSize) {
    this.name = name;
    this.kind = kind;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(poolSize);
    config.setPoolName("bench-" + name);
    this.pool = new HikariDataSource(config);
  }

  /** An H2 database file in {@code folder}, in the legacy mode the server uses. */
  static BenchDatabase h2(Path folder, int poolSize) {
    String url = KernelSettings.withH2LegacyMode("jdbc:h2:file:" + folder.toAbsolutePath().resolve("bench"));
    return new BenchDatabase("H2 " + org.h2.engine.Constants.VERSION + " (file)", Database.H2, url, "sa", "",
        poolSize);
  }

  /**
   * The PostgreSQL database at {@code url}, emptied first; refuses a database whose name does not say
   * it is for benchmarks.
   */
  static BenchDatabase postgresql(String url, String user, String password, int poolSize) throws SQLException {
    String version = BenchPostgres.empty(url, user, password);
    return new BenchDatabase("PostgreSQL " + version, Database.POSTGRESQL, url, user, password, poolSize);
  }

  /** Creates Atrium's workflow tables (the plugin's Flyway migration) and the form record table. */
  BenchDatabase prepare() throws Exception {
    new SchemaMigrator(pool, kind == Database.H2 ? DatabaseDialect.H2 : DatabaseDialect.POSTGRESQL)
        .migrate("plugin 'workflows'", AtriumApprovals.TABLE_PREFIX, workflowsMigrations());
    FormRecords.create(pool);
    return this;
  }

  /**
   * The workflows plugin's own scripts, read from its jar as the kernel reads a bundle's: other jars
   * on the class path (the hello plugin) have a {@code db/migration} folder too.
   */
  private static UrlResourceProvider workflowsMigrations() throws Exception {
    Path jar = Path.of(JdbcInstanceStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, URL> scripts = new TreeMap<>();
    if (Files.isDirectory(jar)) {
      try (var files = Files.list(jar.resolve(MIGRATIONS))) {
        for (Path file : files.toList()) {
          scripts.put(file.getFileName().toString(), file.toUri().toURL());
        }
      }
    } else {
      try (JarFile file = new JarFile(jar.toFile())) {
        for (JarEntry entry : java.util.Collections.list(file.entries())) {
          String name = entry.getName();
          if (name.startsWith(MIGRATIONS + "/") && name.endsWith(".sql")) {
            scripts.put(name.substring(MIGRATIONS.length() + 1),
                new URL("jar:" + jar.toUri() + "!/" + name));
          }
        }
      }
    }
    if (scripts.isEmpty()) {
      throw new IllegalStateException("No migrations in " + jar + "/" + MIGRATIONS);
    }
    return new UrlResourceProvider(scripts);
  }

  /** What the report calls it. */
  String name() {
    return name;
  }

  /** H2 or PostgreSQL. */
  Database kind() {
    return kind;
  }

  /** The pool both engines take connections from. */
  DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    if (kind == Database.H2) {
      try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
        sql.execute("SHUTDOWN");
      } catch (SQLException ignored) {
        // the pool closes the connections next either way
      }
    }
    pool.close();
  }
}
