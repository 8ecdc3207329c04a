package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.json.ProcessDefinitionJson;
import io.atrium.workflows.engine.DefinitionSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes' drafts and published versions on the plugin's tables (V2), and the engine's
 * {@link DefinitionSource} on them. Published versions never change, so they are cached once read.
 */
public final class JdbcDefinitionStore implements DefinitionSource {

  /** JDBC work on one connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final String PROCESS_COLUMNS =
      "def_key, name, source_key, draft_json, latest_version, saved_by, saved_at";

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String processTable;
  private final String versionTable;
  private final ProcessDefinitionJson json = new ProcessDefinitionJson();
  private final Map<String, ProcessDefinition> published = new ConcurrentHashMap<>();

  /** A store on the plugin's database. */
  public JdbcDefinitionStore(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.processTable = persistence.tablePrefix() + "process";
    this.versionTable = persistence.tablePrefix() + "process_version";
  }

  /** A process by key. */
  public Optional<StoredProcess> process(String key) {
    return jdbc("Reading process " + key, c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT " + PROCESS_COLUMNS + " FROM " + processTable
          + " WHERE def_key = ?")) {
        sql.setString(1, key);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(process(rows)) : Optional.<StoredProcess>empty();
        }
      }
    });
  }

  /** Every process, by key. */
  public List<StoredProcess> list() {
    return jdbc("Listing processes", c -> {
      List<StoredProcess> all = new ArrayList<>();
      try (PreparedStatement sql = c.prepareStatement("SELECT " + PROCESS_COLUMNS + " FROM " + processTable
          + " ORDER BY def_key"); ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          all.add(process(rows));
        }
      }
      return all;
    });
  }

  /** Stores a new process (its draft). */
  public void insert(StoredProcess process) {
    jdbc("Storing process " + process.key(), c -> {
      try (PreparedStatement sql = c.prepareStatement("INSERT INTO " + processTable + " (" + PROCESS_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        sql.setString(1, process.key());
        sql.setString(2, process.name());
        sql.setString(3, process.sourceKey());
        sql.setString(4, process.draftJson());
        sql.setInt(5, process.latestVersion());
        Rows.setLong(sql, 6, process.savedBy());
        Rows.setInstant(sql, 7, process.savedAt());
        sql.executeUpdate();
      }
      return null;
    });
  }

  /** Replaces the draft of a process; false when there is no such process. */
  public boolean saveDraft(StoredProcess process) {
    return jdbc("Saving the draft of " + process.key(), c -> {
      try (PreparedStatement sql = c.prepareStatement("UPDATE " + processTable
          + " SET name = ?, source_key = ?, draft_json = ?, saved_by = ?, saved_at = ? WHERE def_key = ?")) {
        sql.setString(1, process.name());
        sql.setString(2, process.sourceKey());
        sql.setString(3, process.draftJson());
        Rows.setLong(sql, 4, process.savedBy());
        Rows.setInstant(sql, 5, process.savedAt());
        sql.setString(6, process.key());
        return sql.executeUpdate() == 1;
      }
    });
  }

  /**
   * Stores the next published version; the {@code latest_version} check makes two publishers of
   * the same draft write two versions or fail, never overwrite one.
   *
   * @return the new version, or empty when someone else published since {@code process} was read
   */
  public Optional<Integer> publish(StoredProcess process, ProcessDefinition definition, Long by, Instant at) {
    int next = process.latestVersion() + 1;
    ProcessDefinition versioned = definition.withVersion(next);
    return jdbc("Publishing " + process.key(), c -> {
      try (PreparedStatement sql = c.prepareStatement("UPDATE " + processTable
          + " SET latest_version = ? WHERE def_key = ? AND latest_version = ?")) {
        sql.setInt(1, next);
        sql.setString(2, process.key());
        sql.setInt(3, process.latestVersion());
        if (sql.executeUpdate() == 0) {
          return Optional.<Integer>empty();
        }
      }
      try (PreparedStatement sql = c.prepareStatement("INSERT INTO " + versionTable
          + " (def_key, version, name, source_key, definition_json, published_by, published_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        sql.setString(1, process.key());
        sql.setInt(2, next);
        sql.setString(3, versioned.name());
        sql.setString(4, process.sourceKey());
        sql.setString(5, json.write(versioned));
        Rows.setLong(sql, 6, by);
        Rows.setInstant(sql, 7, at);
        sql.executeUpdate();
      }
      return Optional.of(next);
    });
  }

  /** The published versions of a process, oldest first. */
  public List<PublishedVersion> versions(String key) {
    return jdbc("Reading the versions of " + key, c -> {
      List<PublishedVersion> versions = new ArrayList<>();
      try (PreparedStatement sql = c.prepareStatement("SELECT version, name, source_key, published_by, published_at"
          + " FROM " + versionTable + " WHERE def_key = ? ORDER BY version")) {
        sql.setString(1, key);
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            versions.add(new PublishedVersion(key, rows.getInt("version"), rows.getString("name"),
                rows.getString("source_key"), Rows.nullableLong(rows, "published_by"),
                Rows.instant(rows, "published_at")));
          }
        }
      }
      return versions;
    });
  }

  @Override
  public Optional<ProcessDefinition> find(String key, int version) {
    String cacheKey = key + "@" + version;
    ProcessDefinition cached = published.get(cacheKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<ProcessDefinition> read = jdbc("Reading " + cacheKey, c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT definition_json FROM " + versionTable
          + " WHERE def_key = ? AND version = ?")) {
        sql.setString(1, key);
        sql.setInt(2, version);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(json.read(rows.getString(1))) : Optional.<ProcessDefinition>empty();
        }
      }
    });
    read.ifPresent(d -> published.put(cacheKey, d));
    return read;
  }

  @Override
  public Optional<ProcessDefinition> latest(String key) {
    return process(key).filter(p -> p.latestVersion() > 0).flatMap(p -> find(key, p.latestVersion()));
  }

  private static StoredProcess process(ResultSet rows) throws SQLException {
    return new StoredProcess(rows.getString("def_key"), rows.getString("name"), rows.getString("source_key"),
        rows.getString("draft_json"), rows.getInt("latest_version"), Rows.nullableLong(rows, "saved_by"),
        Rows.instant(rows, "saved_at"));
  }

  private <T> T jdbc(String what, Work<T> work) {
    return transactions.required(() -> {
      try (Connection connection = persistence.dataSource().getConnection()) {
        return work.run(connection);
      } catch (SQLException e) {
        throw new StorageException(what + " failed: " + e.getMessage(), e);
      }
    });
  }
}
