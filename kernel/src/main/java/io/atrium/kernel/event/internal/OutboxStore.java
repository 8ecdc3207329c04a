package io.atrium.kernel.event.internal;

import io.atrium.kernel.event.EventPayloads;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.event.Event;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox tables: events waiting for after-commit listeners, and one delivery row per listener. */
final class OutboxStore {

  /** A delivery that is due. */
  record Due(String eventId, String listener, int attempts) {
  }

  private final Jdbc jdbc;
  private final DatabaseDialect dialect;

  OutboxStore(Jdbc jdbc, DatabaseDialect dialect) {
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  /** Stores an event unless one with the same topic and key exists; returns whether it was stored. */
  boolean insertEvent(Event event) {
    String payload = EventPayloads.toJson(event.payload());
    if (dialect == DatabaseDialect.POSTGRESQL) {
      return jdbc.update("INSERT INTO atrium_event_outbox (event_id, topic, event_key, source, payload, occurred_at) "
          + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (topic, event_key) DO NOTHING",
          event.id(), event.topic(), event.key(), event.source(), payload, event.occurredAt()) == 1;
    }
    boolean exists = jdbc.queryOne("SELECT 1 FROM atrium_event_outbox WHERE topic = ? AND event_key = ?",
        row -> true, event.topic(), event.key()).isPresent();
    if (exists) {
      return false;
    }
    try {
      return jdbc.update("INSERT INTO atrium_event_outbox (event_id, topic, event_key, source, payload, occurred_at) "
          + "VALUES (?, ?, ?, ?, ?, ?)", event.id(), event.topic(), event.key(), event.source(), payload,
          event.occurredAt()) == 1;
    } catch (Jdbc.DataAccessException e) {
      if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /** Adds a pending delivery of an event to a listener. */
  void insertDelivery(String eventId, String listener, Instant now) {
    jdbc.update("INSERT INTO atrium_event_delivery (event_id, listener, status, attempts, next_attempt_at) "
        + "VALUES (?, ?, 'PENDING', 0, ?)", eventId, listener, now);
  }

  /** Deliveries due now and not claimed by another node. */
  List<Due> due(Instant now, int limit) {
    return jdbc.query("SELECT event_id, listener, attempts FROM atrium_event_delivery WHERE status = 'PENDING' "
        + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at "
        + "FETCH FIRST " + limit + " ROWS ONLY",
        row -> new Due(row.getString(1), row.getString(2), row.getInt(3)), now, now);
  }

  /** Claims a delivery until {@code until}; false when another node got it first. */
  boolean claim(Due due, Instant now, Instant until) {
    return jdbc.update("UPDATE atrium_event_delivery SET claimed_until = ? WHERE event_id = ? AND listener = ? "
        + "AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)",
        until, due.eventId(), due.listener(), now) == 1;
  }

  /** Reads an event back. */
  Optional<Event> event(String eventId) {
    return jdbc.queryOne("SELECT event_id, topic, event_key, source, payload, occurred_at FROM atrium_event_outbox "
        + "WHERE event_id = ?", row -> new Event(row.getString(1), row.getString(2), row.getString(3),
        row.getString(4), Jdbc.instant(row, "occurred_at"), EventPayloads.fromJson(row.getString(5))), eventId);
  }

  void markDelivered(Due due, Instant now) {
    jdbc.update("UPDATE atrium_event_delivery SET status = 'DELIVERED', delivered_at = ?, claimed_until = NULL, "
        + "attempts = attempts + 1, last_error = NULL WHERE event_id = ? AND listener = ?",
        now, due.eventId(), due.listener());
  }

  void markFailed(Due due, Instant nextAttempt, String error, boolean dead) {
    jdbc.update("UPDATE atrium_event_delivery SET status = ?, attempts = attempts + 1, next_attempt_at = ?, "
        + "last_error = ?, claimed_until = NULL WHERE event_id = ? AND listener = ?",
        dead ? "DEAD" : "PENDING", nextAttempt, truncate(error), due.eventId(), due.listener());
  }

  void postpone(Due due, Instant nextAttempt) {
    jdbc.update("UPDATE atrium_event_delivery SET next_attempt_at = ?, claimed_until = NULL "
        + "WHERE event_id = ? AND listener = ?", nextAttempt, due.eventId(), due.listener());
  }

  /**
   * Deletes deliveries made before {@code before} and events left without deliveries; dead deliveries
   * stay for an administrator to inspect. Returns the rows deleted.
   */
  int purge(Instant before) {
    int deliveries = jdbc.update("DELETE FROM atrium_event_delivery WHERE status = 'DELIVERED' AND delivered_at < ?",
        before);
    int events = jdbc.update("DELETE FROM atrium_event_outbox WHERE occurred_at < ? AND NOT EXISTS "
        + "(SELECT 1 FROM atrium_event_delivery d WHERE d.event_id = atrium_event_outbox.event_id)", before);
    return deliveries + events;
  }

  /** Counts deliveries by status, for health and metrics. */
  long count(String status) {
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_event_delivery WHERE status = ?", row -> row.getLong(1), status)
        .orElse(0L);
  }

  private static String truncate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
