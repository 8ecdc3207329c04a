package io.atrium.workflows.rules;

/** What starts a rule. */
public enum TriggerKind {
  /** A record was created. */
  RECORD_CREATED,
  /** Fields of a record changed. */
  RECORD_UPDATED,
  /** A record was deleted. */
  RECORD_DELETED,
  /** An approval process on a record finished. */
  APPROVAL_FINISHED,
  /** A cron schedule in the company's time zone. */
  SCHEDULE,
  /** A time before or after a date field of a record. */
  RELATIVE_DATE
}
