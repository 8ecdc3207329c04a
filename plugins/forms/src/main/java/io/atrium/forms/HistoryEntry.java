package io.atrium.forms;

import java.time.Instant;
import java.util.List;

/**
 * One step in a record's history.
 *
 * @param at when it happened
 * @param actorId who did it (account id), or null for background work
 * @param actorName their login name, or null
 * @param kind what happened
 * @param changes the changed fields of an update, in the form's field order; empty otherwise
 */
public record HistoryEntry(Instant at, Long actorId, String actorName, Kind kind, List<Change> changes) {

  /** What happened to the record. */
  public enum Kind {
    /** Created (as a draft or submitted). */
    CREATED,
    /** Fields changed. */
    UPDATED,
    /** A draft was submitted. */
    SUBMITTED,
    /** Moved to the recycle bin. */
    DELETED,
    /** Brought back from the recycle bin. */
    RESTORED,
    /** A comment was added (its text is in the comments, not here). */
    COMMENTED,
    /** A comment was deleted. */
    UNCOMMENTED,
    /** Another action the page has no words for. */
    OTHER
  }

  /**
   * One changed field.
   *
   * @param field the field's name
   * @param label its label in the caller's language (the name when the field is no longer in the form)
   * @param before the value before, JSON-like as audited; null when redacted
   * @param after the value after; null when redacted
   * @param redacted true when the caller may not read the field: the values are left out
   */
  public record Change(String field, String label, Object before, Object after, boolean redacted) {
  }
}
