package io.atrium.kernel.notify.internal;

import io.atrium.kernel.notify.DeliveryCounts;
import io.atrium.kernel.notify.DeliveryFilter;
import io.atrium.kernel.notify.DeliveryPage;
import io.atrium.kernel.notify.DeliveryStatus;
import io.atrium.kernel.notify.DeliveryView;
import io.atrium.kernel.notify.InboxItem;
import io.atrium.kernel.notify.PreferenceSetting;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The notification tables: in-app notifications, preferences and channel deliveries. Statements
 * bind every value; the few SQL fragments chosen at run time are constants of this class.
 */
public final class NotificationStore {

  /** Longest stored error or skip note. */
  static final int MAX_ERROR = 2000;

  /**
   * A notification to store for one recipient.
   *
   * @param recipientId the recipient
   * @param source the sending plugin, or {@code atrium}
   * @param category the category
   * @param titleKey key of the title
   * @param bodyKey key of the body, or null
   * @param args the arguments
   * @param link a path of this server, or null
   * @param key the idempotency key, or null
   * @param locale the language tag the texts are in
   * @param title the translated title
   * @param body the translated body, or null
   * @param createdAt when sent
   */
  public record NewNotification(long recipientId, String source, String category, String titleKey, String bodyKey,
      List<String> args, String link, String key, String locale, String title, String body, Instant createdAt) {
  }

  /**
   * A stored notification with what is needed to translate it again.
   *
   * @param item what the recipient sees, as translated when sent
   * @param recipientId the recipient
   * @param titleKey key of the title
   * @param bodyKey key of the body, or null
   * @param args the arguments
   * @param locale the language tag {@code item} is in
   */
  public record Stored(InboxItem item, long recipientId, String titleKey, String bodyKey, List<String> args,
      String locale) {
  }

  /**
   * A delivery that is due.
   *
   * @param id the delivery id
   * @param notificationId the notification
   * @param recipientId the recipient
   * @param channel the channel id
   * @param provider the channel's plugin, or {@code atrium}
   * @param attempts attempts so far
   */
  public record Due(long id, long notificationId, long recipientId, String channel, String provider, int attempts) {
  }

  /**
   * A user's category as seen in their notifications.
   *
   * @param source the plugin that sent notifications of it (the first one, by name)
   * @param category the category
   */
  public record SourceCategory(String source, String category) {
  }

  private static final String INBOX_COLUMNS = "id, source, category, title, body, link, created_at, read_at, "
      + "recipient_id, title_key, body_key, args, locale";

  private static final String DELIVERY_SELECT = "SELECT d.id, d.notification_id, d.recipient_id, u.username, "
      + "d.channel, d.provider, n.source, n.category, n.title, d.status, d.attempts, d.next_attempt_at, d.last_error, "
      + "d.created_at, d.delivered_at FROM atrium_notification_delivery d "
      + "JOIN atrium_notification n ON n.id = d.notification_id JOIN atrium_user u ON u.id = d.recipient_id";

  private final Jdbc jdbc;
  private final DatabaseDialect dialect;

  /** Creates the store. */
  public NotificationStore(Jdbc jdbc, DatabaseDialect dialect) {
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  // ----------------------------------------------------------------------------- notifications

  /** Stores a notification; empty when the recipient already has one of the source with the same key. */
  public Optional<Long> insert(NewNotification n) {
    Object[] values = {n.recipientId(), n.source(), n.category(), n.titleKey(), n.bodyKey(), toJson(n.args()),
        n.link(), n.key(), n.locale(), n.title(), n.body(), n.createdAt()};
    String insert = "INSERT INTO atrium_notification (recipient_id, source, category, title_key, body_key, args, link, "
        + "idempotency_key, locale, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (n.key() == null) {
      return Optional.of(jdbc.insert(insert, values));
    }
    if (dialect == DatabaseDialect.POSTGRESQL) {
      // a failed statement would abort the caller's transaction on PostgreSQL, so never provoke one
      return jdbc.insertIfNew(insert + " ON CONFLICT (recipient_id, source, idempotency_key) DO NOTHING", values);
    }
    if (exists(n.recipientId(), n.source(), n.key())) {
      return Optional.empty();
    }
    try {
      return Optional.of(jdbc.insert(insert, values));
    } catch (Jdbc.DataAccessException e) {
      if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private boolean exists(long recipientId, String source, String key) {
    return jdbc.queryOne("SELECT 1 FROM atrium_notification WHERE recipient_id = ? AND source = ? "
        + "AND idempotency_key = ?", row -> true, recipientId, source, key).isPresent();
  }

  /** A user's notifications, newest first. */
  public List<Stored> inbox(long userId, boolean unreadOnly, int offset, int limit) {
    return jdbc.query("SELECT " + INBOX_COLUMNS + " FROM atrium_notification WHERE recipient_id = ?"
        + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        NotificationStore::stored, userId, limit, offset);
  }

  /** How many notifications a user has, or unread ones. */
  public long count(long userId, boolean unreadOnly) {
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_notification WHERE recipient_id = ?"
        + (unreadOnly ? " AND read_at IS NULL" : ""), row -> row.getLong(1), userId).orElse(0L);
  }

  /** One notification. */
  public Optional<Stored> notification(long id) {
    return jdbc.queryOne("SELECT " + INBOX_COLUMNS + " FROM atrium_notification WHERE id = ?",
        NotificationStore::stored, id);
  }

  /** Marks a user's notification read; false when the user has no such notification. */
  public boolean markRead(long userId, long id, Instant now) {
    if (jdbc.update("UPDATE atrium_notification SET read_at = ? WHERE id = ? AND recipient_id = ? AND read_at IS NULL",
        now, id, userId) == 1) {
      return true;
    }
    return jdbc.queryOne("SELECT 1 FROM atrium_notification WHERE id = ? AND recipient_id = ?", row -> true, id,
        userId).isPresent();
  }

  /** Marks all of a user's notifications read; returns how many were unread. */
  public int markAllRead(long userId, Instant now) {
    return jdbc.update("UPDATE atrium_notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL", now,
        userId);
  }

  /** The categories of a user's notifications and stored preferences, by name. */
  public List<SourceCategory> categories(long userId) {
    List<SourceCategory> result = new ArrayList<>(jdbc.query("SELECT category, MIN(source) FROM atrium_notification "
        + "WHERE recipient_id = ? GROUP BY category ORDER BY category",
        row -> new SourceCategory(row.getString(2), row.getString(1)), userId));
    for (String category : jdbc.query("SELECT DISTINCT category FROM atrium_notification_preference WHERE user_id = ? "
        + "AND category <> ? ORDER BY category", row -> row.getString(1), userId, PreferenceSetting.ALL)) {
      if (result.stream().noneMatch(c -> c.category().equals(category))) {
        result.add(new SourceCategory(null, category));
      }
    }
    return result;
  }

  // ------------------------------------------------------------------------------- preferences

  /** A user's stored choices. */
  public List<PreferenceSetting> preferences(long userId) {
    return jdbc.query("SELECT channel, category, enabled FROM atrium_notification_preference WHERE user_id = ? "
        + "ORDER BY channel, category", row -> new PreferenceSetting(row.getString(1), row.getString(2),
        row.getBoolean(3)), userId);
  }

  /** Replaces a user's choices. */
  public void replacePreferences(long userId, List<PreferenceSetting> settings) {
    jdbc.update("DELETE FROM atrium_notification_preference WHERE user_id = ?", userId);
    for (PreferenceSetting setting : settings) {
      jdbc.update("INSERT INTO atrium_notification_preference (user_id, channel, category, enabled) VALUES (?, ?, ?, ?)",
          userId, setting.channel(), setting.category(), setting.enabled());
    }
  }

  // -------------------------------------------------------------------------------- deliveries

  /** Adds a delivery: pending from now, or already skipped with a note. */
  public void insertDelivery(long notificationId, long recipientId, String channel, String provider,
      DeliveryStatus status, String note, Instant now) {
    jdbc.update("INSERT INTO atrium_notification_delivery (notification_id, recipient_id, channel, provider, status, "
        + "attempts, next_attempt_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)", notificationId,
        recipientId, channel, provider, status, now, truncate(note), now);
  }

  /** Deliveries due now that no node has claimed. */
  public List<Due> due(Instant now, int limit) {
    return jdbc.query("SELECT id, notification_id, recipient_id, channel, provider, attempts "
        + "FROM atrium_notification_delivery WHERE status = 'PENDING' AND next_attempt_at <= ? "
        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id FETCH FIRST " + limit
        + " ROWS ONLY", row -> new Due(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4),
        row.getString(5), row.getInt(6)), now, now);
  }

  /** Claims a delivery until {@code until}; false when another node got it first. */
  public boolean claim(Due due, Instant now, Instant until) {
    return jdbc.update("UPDATE atrium_notification_delivery SET claimed_until = ? WHERE id = ? AND status = 'PENDING' "
        + "AND attempts = ? AND (claimed_until IS NULL OR claimed_until < ?)", until, due.id(), due.attempts(), now) == 1;
  }

  /** Marks a delivery done. */
  public void markDelivered(Due due, Instant now) {
    jdbc.update("UPDATE atrium_notification_delivery SET status = 'DELIVERED', delivered_at = ?, claimed_until = NULL, "
        + "attempts = attempts + 1, last_error = NULL WHERE id = ?", now, due.id());
  }

  /** Records a failed attempt: tried again at {@code nextAttempt}, or given up. */
  public void markFailed(Due due, Instant nextAttempt, String error, boolean dead) {
    jdbc.update("UPDATE atrium_notification_delivery SET status = ?, attempts = attempts + 1, next_attempt_at = ?, "
        + "last_error = ?, claimed_until = NULL WHERE id = ?", dead ? DeliveryStatus.DEAD : DeliveryStatus.PENDING,
        nextAttempt, truncate(error), due.id());
  }

  /** Skips a delivery on purpose, keeping the reason. */
  public void markSkipped(Due due, String note) {
    jdbc.update("UPDATE atrium_notification_delivery SET status = 'SKIPPED', last_error = ?, claimed_until = NULL "
        + "WHERE id = ?", truncate(note), due.id());
  }

  /** Looks at a delivery again later without counting an attempt. */
  public void postpone(Due due, Instant nextAttempt) {
    jdbc.update("UPDATE atrium_notification_delivery SET next_attempt_at = ?, claimed_until = NULL WHERE id = ?",
        nextAttempt, due.id());
  }

  /** Counts deliveries by status. */
  public DeliveryCounts counts() {
    long[] byStatus = new long[DeliveryStatus.values().length];
    jdbc.query("SELECT status, COUNT(*) FROM atrium_notification_delivery GROUP BY status", row -> {
      byStatus[DeliveryStatus.valueOf(row.getString(1)).ordinal()] = row.getLong(2);
      return null;
    });
    long retrying = jdbc.queryOne("SELECT COUNT(*) FROM atrium_notification_delivery WHERE status = 'PENDING' "
        + "AND attempts > 0", row -> row.getLong(1)).orElse(0L);
    return new DeliveryCounts(byStatus[DeliveryStatus.PENDING.ordinal()], retrying,
        byStatus[DeliveryStatus.DELIVERED.ordinal()], byStatus[DeliveryStatus.SKIPPED.ordinal()],
        byStatus[DeliveryStatus.DEAD.ordinal()]);
  }

  /** Deliveries matching a filter, newest first. */
  public DeliveryPage deliveries(DeliveryFilter filter, Long notificationId, int offset, int limit) {
    String where = switch (filter) {
      case PROBLEMS -> " WHERE (d.status = 'DEAD' OR (d.status = 'PENDING' AND d.attempts > 0))";
      case RETRYING -> " WHERE d.status = 'PENDING' AND d.attempts > 0";
      case DEAD -> " WHERE d.status = 'DEAD'";
      case SKIPPED -> " WHERE d.status = 'SKIPPED'";
      case PENDING -> " WHERE d.status = 'PENDING'";
      case DELIVERED -> " WHERE d.status = 'DELIVERED'";
      case ALL -> " WHERE 1 = 1";
    };
    List<Object> params = new ArrayList<>();
    if (notificationId != null) {
      where += " AND d.notification_id = ?";
      params.add(notificationId);
    }
    long total = jdbc.queryOne("SELECT COUNT(*) FROM atrium_notification_delivery d" + where, row -> row.getLong(1),
        params.toArray()).orElse(0L);
    params.add(limit);
    params.add(offset);
    List<DeliveryView> items = jdbc.query(DELIVERY_SELECT + where + " ORDER BY d.created_at DESC, d.id DESC "
        + "LIMIT ? OFFSET ?", NotificationStore::delivery, params.toArray());
    return new DeliveryPage(total, offset, limit, items);
  }

  /**
   * Deletes deliveries that finished (delivered or skipped) before {@code finishedBefore}, and read
   * notifications older than {@code readBefore} together with their deliveries. Given-up deliveries
   * stay for administrators. Returns the rows deleted.
   */
  public int purge(Instant finishedBefore, Instant readBefore) {
    int deliveries = jdbc.update("DELETE FROM atrium_notification_delivery WHERE status IN ('DELIVERED', 'SKIPPED') "
        + "AND created_at < ?", finishedBefore);
    int notifications = jdbc.update("DELETE FROM atrium_notification WHERE read_at IS NOT NULL AND created_at < ? "
        + "AND NOT EXISTS (SELECT 1 FROM atrium_notification_delivery d WHERE d.notification_id = atrium_notification.id "
        + "AND d.status IN ('PENDING', 'DEAD'))", readBefore);
    return deliveries + notifications;
  }

  // ----------------------------------------------------------------------------------- mapping

  private static Stored stored(ResultSet row) throws SQLException {
    InboxItem item = new InboxItem(row.getLong("id"), row.getString("source"), row.getString("category"),
        row.getString("title"), row.getString("body"), row.getString("link"), Jdbc.instant(row, "created_at"),
        Jdbc.instant(row, "read_at"));
    return new Stored(item, row.getLong("recipient_id"), row.getString("title_key"), row.getString("body_key"),
        fromJson(row.getString("args")), row.getString("locale"));
  }

  private static DeliveryView delivery(ResultSet row) throws SQLException {
    return new DeliveryView(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), row.getString(5),
        row.getString(6), row.getString(7), row.getString(8), row.getString(9), DeliveryStatus.valueOf(row.getString(10)),
        row.getInt(11), Jdbc.instant(row, "next_attempt_at"), row.getString(13), Jdbc.instant(row, "created_at"),
        Jdbc.instant(row, "delivered_at"));
  }

  static String toJson(List<String> args) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    args.forEach(arg -> array.add(arg == null ? "" : arg));
    return array.build().toString();
  }

  static List<String> fromJson(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
  }

  static String truncate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
  }
}
