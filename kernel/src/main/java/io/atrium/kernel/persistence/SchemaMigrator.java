package io.atrium.kernel.persistence;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies Flyway SQL migrations for the kernel or for one plugin, each with its own history table
 * so plugins upgrade independently.
 */
public final class SchemaMigrator {

  private final DataSource dataSource;
  private final DatabaseDialect dialect;

  /** Creates a migrator for the database. */
  public SchemaMigrator(DataSource dataSource, DatabaseDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Migrates the tables with a prefix.
   *
   * @param owner who owns the tables, for messages (a plugin id or {@code kernel})
   * @param tablePrefix prefix of the tables; also names the history table {@code <prefix>schema_history}
   * @param resources the SQL scripts
   * @return how many migrations were applied
   * @throws MigrationFailedException naming the failed script and the database's message
   */
  public int migrate(String owner, String tablePrefix, ResourceProvider resources) throws MigrationFailedException {
    return migrate(owner, tablePrefix, config -> config.resourceProvider(resources));
  }

  /** Same as {@link #migrate(String, String, ResourceProvider)} with classpath locations. */
  public int migrate(String owner, String tablePrefix, String... classpathLocations) throws MigrationFailedException {
    return migrate(owner, tablePrefix, config -> config.locations(classpathLocations));
  }

  private int migrate(String owner, String tablePrefix, java.util.function.Consumer<FluentConfiguration> source)
      throws MigrationFailedException {
    Map<String, String> placeholders = new HashMap<>(dialect.placeholders());
    placeholders.put("prefix", tablePrefix);
    FluentConfiguration config = Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .table(tablePrefix + "schema_history")
        .placeholders(placeholders)
        .cleanDisabled(true)
        .validateMigrationNaming(true)
        .failOnMissingLocations(false)
        // every owner shares the schema with a history table of its own: baseline at 0 so
        // Flyway accepts a schema that already holds other owners' tables, and applies V1 onwards
        .baselineOnMigrate(true)
        .baselineVersion("0");
    source.accept(config);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(SchemaMigrator.class.getClassLoader());
    try {
      MigrateResult result = config.load().migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new MigrationFailedException("Database migration of " + owner + " failed: " + firstLines(e.getMessage())
          + " Earlier migrations stay applied; fix the script and start the plugin again.", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static String firstLines(String message) {
    if (message == null) {
      return "(no message)";
    }
    String[] lines = message.strip().split("\\R");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(lines.length, 8); i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("---")) {
        text.append(line).append(' ');
      }
    }
    return text.toString().strip();
  }
}
