package io.atrium.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

  private final JdbcDataSource dataSource = H2.memory();
  private final SchemaMigrator migrator = new SchemaMigrator(dataSource, DatabaseDialect.H2);

  @TempDir
  Path scripts;

  @AfterEach
  void dropDatabase() throws SQLException {
    H2.shutdown(dataSource);
  }

  private UrlResourceProvider files(Map<String, String> sqlByName) throws IOException {
    Map<String, URL> urls = new java.util.TreeMap<>();
    for (Map.Entry<String, String> script : sqlByName.entrySet()) {
      Path file = scripts.resolve(script.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, script.getValue());
      urls.put(script.getKey(), file.toUri().toURL());
    }
    return new UrlResourceProvider(urls);
  }

  @Test
  void migratesTwoOwnersIntoOneSchemaEachWithItsOwnHistory() throws Exception {
    int hello = migrator.migrate("plugin 'hello'", "hello_", "classpath:db/test-notes");
    int crm = migrator.migrate("plugin 'crm-lite'", "crm_lite_", "classpath:db/test-notes");

    assertThat(hello).isEqualTo(2);
    assertThat(crm).as("the second owner starts on a schema that already holds tables").isEqualTo(2);
    assertThat(H2.tables(dataSource)).containsExactly("crm_lite_note", "crm_lite_schema_history", "hello_note",
        "hello_schema_history");
    assertThat(H2.strings(dataSource, "SELECT title FROM hello_note")).containsExactly("first note of hello_");
    assertThat(H2.strings(dataSource, "SELECT title FROM crm_lite_note")).containsExactly("first note of crm_lite_");
    assertThat(H2.strings(dataSource, "SELECT \"version\" FROM \"crm_lite_schema_history\" "
        + "WHERE \"success\" AND \"type\" = 'SQL' ORDER BY \"installed_rank\"")).containsExactly("1", "2");
  }

  @Test
  void blobAndClobPlaceholdersBecomeTheDatabasesTypes() throws Exception {
    migrator.migrate("plugin 'hello'", "hello_", "classpath:db/test-notes");

    assertThat(H2.strings(dataSource, "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
        + "WHERE TABLE_NAME = 'HELLO_NOTE' AND COLUMN_NAME IN ('BODY', 'ATTACHMENT') ORDER BY COLUMN_NAME"))
        .containsExactly("BINARY LARGE OBJECT", "CHARACTER LARGE OBJECT");
  }

  @Test
  void runningAgainAppliesNothing() throws Exception {
    migrator.migrate("plugin 'hello'", "hello_", "classpath:db/test-notes");

    assertThat(migrator.migrate("plugin 'hello'", "hello_", "classpath:db/test-notes")).isZero();
    assertThat(H2.strings(dataSource, "SELECT COUNT(*) FROM hello_note")).containsExactly("1");
  }

  @Test
  void appliesOnlyTheNewScriptsOfAnUpgrade() throws Exception {
    migrator.migrate("plugin 'hello'", "hello_", files(Map.of(
        "V1__create.sql", "CREATE TABLE ${prefix}item (id BIGINT PRIMARY KEY);")));

    int applied = migrator.migrate("plugin 'hello'", "hello_", files(Map.of(
        "V1__create.sql", "CREATE TABLE ${prefix}item (id BIGINT PRIMARY KEY);",
        "V2__add_name.sql", "ALTER TABLE ${prefix}item ADD COLUMN name VARCHAR(50);",
        "sub/V3__more.sql", "INSERT INTO ${prefix}item (id, name) VALUES (7, 'seven');")));

    assertThat(applied).isEqualTo(2);
    assertThat(H2.strings(dataSource, "SELECT name FROM hello_item")).containsExactly("seven");
  }

  @Test
  void migratesScriptsHandedOverByUrl() throws Exception {
    int applied = migrator.migrate("plugin 'hello'", "hello_", files(Map.of(
        "V1__create.sql", "CREATE TABLE ${prefix}item (id BIGINT PRIMARY KEY, data ${blob}, text ${clob});",
        "readme.txt", "not a migration")));

    assertThat(applied).isEqualTo(1);
    assertThat(H2.tables(dataSource)).containsExactly("hello_item", "hello_schema_history");
  }

  @Test
  void aBrokenScriptFailsNamingTheOwnerAndTheScriptAndKeepsEarlierMigrations() throws Exception {
    assertThatThrownBy(() -> migrator.migrate("plugin 'broken'", "broken_", "classpath:db/test-broken"))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith("Database migration of plugin 'broken' failed: ")
        .hasMessageContaining("V2__typo.sql")
        .hasMessageEndingWith(" Earlier migrations stay applied; fix the script and start the plugin again.")
        .hasCauseInstanceOf(org.flywaydb.core.api.FlywayException.class);

    assertThat(H2.tables(dataSource)).contains("broken_ok").doesNotContain("broken_broken");
  }

  @Test
  void aFailureOfOneOwnerDoesNotAffectAnother() throws Exception {
    assertThatThrownBy(() -> migrator.migrate("plugin 'broken'", "broken_", "classpath:db/test-broken"))
        .isInstanceOf(MigrationFailedException.class);

    assertThat(migrator.migrate("plugin 'hello'", "hello_", "classpath:db/test-notes")).isEqualTo(2);
  }

  @Test
  void aMissingLocationMigratesNothing() throws Exception {
    assertThat(migrator.migrate("plugin 'empty'", "empty_", "classpath:db/does-not-exist")).isZero();
  }

  @Test
  void theKernelsOwnMigrationsRunOnH2() throws Exception {
    int applied = migrator.migrate("kernel", "atrium_", "classpath:db/atrium");

    assertThat(applied).isPositive();
    assertThat(H2.tables(dataSource)).contains("atrium_plugin", "atrium_schema_history");
  }

  @Test
  void theDialectIsDetectedFromTheConnection() throws Exception {
    assertThat(DatabaseDialect.of(dataSource)).isEqualTo(DatabaseDialect.H2);
    assertThat(DatabaseDialect.ofProductName("PostgreSQL")).isEqualTo(DatabaseDialect.POSTGRESQL);
    assertThat(DatabaseDialect.POSTGRESQL.placeholders()).containsEntry("blob", "BYTEA").containsEntry("clob", "TEXT");
    assertThatThrownBy(() -> DatabaseDialect.ofProductName("MySQL")).isInstanceOf(IllegalStateException.class)
        .hasMessage("Atrium runs on H2 or PostgreSQL, not on MySQL");
  }
}
