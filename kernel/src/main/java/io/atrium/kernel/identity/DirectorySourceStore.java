package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.persistence.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Directory sources' schedules, settings and sync reports in the kernel's tables. */
public final class DirectorySourceStore {

  private static final int ERROR_ARG_MAX = 400;
  private static final String SOURCE_COLUMNS = "source_id, enabled, interval_minutes, settings, secret, "
      + "running_since, last_run_at";
  private static final String RUN_COLUMNS = "id, source_id, trigger_kind, started_at, finished_at, succeeded, "
      + "people_created, people_updated, people_left, people_skipped, departments_created, departments_updated, "
      + "departments_removed, warnings, error";

  /**
   * A source's row.
   *
   * @param id source id
   * @param enabled whether the schedule runs it
   * @param intervalMinutes minutes between scheduled runs
   * @param settings the source's settings as JSON, or null
   * @param secret its secret sealed by {@code SecretBox}, or null
   * @param runningSince when the running sync started, or null
   * @param lastRunAt when the last sync started, or null
   */
  public record SourceRow(String id, boolean enabled, int intervalMinutes, String settings, String secret,
      Instant runningSince, Instant lastRunAt) {
  }

  private final Jdbc jdbc;

  /** Creates the store. */
  public DirectorySourceStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A source's row. */
  public Optional<SourceRow> find(String id) {
    return jdbc.queryOne("SELECT " + SOURCE_COLUMNS + " FROM atrium_directory_source WHERE source_id = ?",
        DirectorySourceStore::row, id);
  }

  /** Every row, by id. */
  public List<SourceRow> all() {
    return jdbc.query("SELECT " + SOURCE_COLUMNS + " FROM atrium_directory_source ORDER BY source_id",
        DirectorySourceStore::row);
  }

  /** Adds a row with a default schedule unless there is one. */
  public SourceRow ensure(String id, boolean enabled, int intervalMinutes, Instant now) {
    Optional<SourceRow> existing = find(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      jdbc.update("INSERT INTO atrium_directory_source (source_id, enabled, interval_minutes, updated_at) "
          + "VALUES (?, ?, ?, ?)", id, enabled, intervalMinutes, now);
    } catch (Jdbc.DataAccessException e) {
      // another node added it at the same moment
      if (find(id).isEmpty()) {
        throw e;
      }
    }
    return find(id).orElseThrow();
  }

  /** Stores a source's settings and schedule; a null secret keeps the stored one. */
  public void saveSettings(String id, String settings, String secret, boolean enabled, int intervalMinutes,
      Instant now) {
    ensure(id, enabled, intervalMinutes, now);
    if (secret == null) {
      jdbc.update("UPDATE atrium_directory_source SET settings = ?, enabled = ?, interval_minutes = ?, "
          + "updated_at = ? WHERE source_id = ?", settings, enabled, intervalMinutes, now, id);
    } else {
      jdbc.update("UPDATE atrium_directory_source SET settings = ?, secret = ?, enabled = ?, interval_minutes = ?, "
          + "updated_at = ? WHERE source_id = ?", settings, secret, enabled, intervalMinutes, now, id);
    }
  }

  /** Forgets a source's settings and secret (its runs stay for history). */
  public void clearSettings(String id, Instant now) {
    jdbc.update("UPDATE atrium_directory_source SET settings = NULL, secret = NULL, enabled = ?, updated_at = ? "
        + "WHERE source_id = ?", false, now, id);
  }

  /** Changes a source's schedule. */
  public void setSchedule(String id, boolean enabled, int intervalMinutes, Instant now) {
    jdbc.update("UPDATE atrium_directory_source SET enabled = ?, interval_minutes = ?, updated_at = ? "
        + "WHERE source_id = ?", enabled, intervalMinutes, now, id);
  }

  /**
   * Marks a source as running, unless a sync runs already (on any node) and started after
   * {@code staleBefore}; returns false then.
   */
  public boolean claim(String id, Instant now, Instant staleBefore) {
    return jdbc.update("UPDATE atrium_directory_source SET running_since = ?, last_run_at = ? WHERE source_id = ? "
        + "AND (running_since IS NULL OR running_since < ?)", now, now, id, staleBefore) == 1;
  }

  /** Marks a source as no longer running. */
  public void release(String id) {
    jdbc.update("UPDATE atrium_directory_source SET running_since = NULL WHERE source_id = ?", id);
  }

  /** Stores a run's report and returns it with its id. */
  public SyncRun insertRun(SyncRun run) {
    SyncResult result = run.result();
    Message error = run.error() == null ? null : Message.of(run.error().key(), run.error().args().stream()
        .map(DirectorySourceStore::clipArgument).toArray());
    long id = jdbc.insert("INSERT INTO atrium_directory_run (source_id, trigger_kind, started_at, finished_at, "
        + "succeeded, people_created, people_updated, people_left, people_skipped, departments_created, "
        + "departments_updated, departments_removed, warnings, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        run.sourceId(), run.trigger(), run.startedAt(), run.finishedAt(), run.succeeded(), result.peopleCreated(),
        result.peopleUpdated(), result.peopleLeft(), result.peopleSkipped(), result.departmentsCreated(),
        result.departmentsUpdated(), result.departmentsRemoved(),
        result.warnings().isEmpty() ? null : MessageJson.write(result.warnings()),
        error == null ? null : MessageJson.write(error));
    return new SyncRun(id, run.sourceId(), run.trigger(), run.startedAt(), run.finishedAt(), run.succeeded(), result,
        error);
  }

  /** A source's runs, newest first. */
  public List<SyncRun> runs(String sourceId, int limit) {
    return jdbc.query("SELECT " + RUN_COLUMNS + " FROM atrium_directory_run WHERE source_id = ? "
        + "ORDER BY started_at DESC, id DESC LIMIT ?", DirectorySourceStore::run, sourceId, limit);
  }

  /** A source's newest run. */
  public Optional<SyncRun> lastRun(String sourceId) {
    return runs(sourceId, 1).stream().findFirst();
  }

  /** Deletes a source's runs that started before a moment. */
  public int pruneRuns(String sourceId, Instant before) {
    return jdbc.update("DELETE FROM atrium_directory_run WHERE source_id = ? AND started_at < ?", sourceId, before);
  }

  private static Object clipArgument(Object argument) {
    String text = String.valueOf(argument);
    return text.length() <= ERROR_ARG_MAX ? text : text.substring(0, ERROR_ARG_MAX) + "...";
  }

  private static SourceRow row(ResultSet row) throws SQLException {
    return new SourceRow(row.getString("source_id"), row.getBoolean("enabled"), row.getInt("interval_minutes"),
        row.getString("settings"), row.getString("secret"), Jdbc.instant(row, "running_since"),
        Jdbc.instant(row, "last_run_at"));
  }

  private static SyncRun run(ResultSet row) throws SQLException {
    SyncResult result = new SyncResult(row.getInt("people_created"), row.getInt("people_updated"),
        row.getInt("people_left"), row.getInt("people_skipped"), row.getInt("departments_created"),
        row.getInt("departments_updated"), row.getInt("departments_removed"),
        MessageJson.readList(row.getString("warnings")));
    return new SyncRun(row.getLong("id"), row.getString("source_id"), SyncRun.Trigger.valueOf(
        row.getString("trigger_kind")), Jdbc.instant(row, "started_at"), Jdbc.instant(row, "finished_at"),
        row.getBoolean("succeeded"), result, MessageJson.read(row.getString("error")));
  }
}
