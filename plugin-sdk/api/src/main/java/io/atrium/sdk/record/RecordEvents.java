package io.atrium.sdk.record;

/**
 * Topics and payload keys of the events a record source's plugin publishes, in the transaction
 * (listeners may veto) and after commit (at least once; use the event key to drop repeats).
 * Subscribe with {@code @EventTopics("record/*")}.
 */
public final class RecordEvents {

  /** A record was created; payload: source, id, values. */
  public static final String CREATED = "record/created";
  /** Fields of a record changed; payload: source, id, changed (the field names), values. */
  public static final String UPDATED = "record/updated";
  /** A record went to the recycle bin; payload: source, id. */
  public static final String DELETED = "record/deleted";
  /** A record was submitted (for approval, if its form has a process); payload: source, id, values. */
  public static final String SUBMITTED = "record/submitted";
  /** A record's status changed; payload: source, id, status (the {@link RecordStatus} name). */
  public static final String STATUS_CHANGED = "record/status-changed";

  /** Payload key: the record source's key. */
  public static final String SOURCE = "source";
  /** Payload key: the record id. */
  public static final String ID = "id";
  /** Payload key: the record version after the change. */
  public static final String VERSION = "version";
  /** Payload key: names of the changed fields. */
  public static final String CHANGED = "changed";
  /** Payload key: field values in JSON form (dates as ISO-8601 text, decimals as text). */
  public static final String VALUES = "values";
  /** Payload key: the new status. */
  public static final String STATUS = "status";

  private RecordEvents() {
  }
}
