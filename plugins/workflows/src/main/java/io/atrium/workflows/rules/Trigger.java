package io.atrium.workflows.rules;

import java.time.LocalTime;
import java.util.Objects;

/** When a rule runs; each kind is a record. */
public sealed interface Trigger {

  /** The kind. */
  TriggerKind kind();

  /** A record of the rule's source was created. */
  record RecordCreated() implements Trigger {
    @Override
    public TriggerKind kind() {
      return TriggerKind.RECORD_CREATED;
    }
  }

  /**
   * A record of the rule's source was updated.
   *
   * @param field only when this field changed, or null for any change
   * @param changedTo only when the field changed to this value (compared as text), or null for any value
   */
  record RecordUpdated(String field, String changedTo) implements Trigger {
    @Override
    public TriggerKind kind() {
      return TriggerKind.RECORD_UPDATED;
    }
  }

  /** A record of the rule's source was deleted. */
  record RecordDeleted() implements Trigger {
    @Override
    public TriggerKind kind() {
      return TriggerKind.RECORD_DELETED;
    }
  }

  /**
   * An approval on a record of the rule's source finished.
   *
   * @param processKey only for this process definition, or null for any
   * @param outcome only for this outcome ({@code approved}, {@code rejected}, {@code withdrawn}), or null for any
   */
  record ApprovalFinished(String processKey, String outcome) implements Trigger {
    @Override
    public TriggerKind kind() {
      return TriggerKind.APPROVAL_FINISHED;
    }
  }

  /** A six-field cron expression (second minute hour day month weekday) in the company's time zone. */
  record Scheduled(String cron) implements Trigger {
    /** Checks the parts. */
    public Scheduled {
      Objects.requireNonNull(cron, "cron");
    }

    @Override
    public TriggerKind kind() {
      return TriggerKind.SCHEDULE;
    }
  }

  /**
   * A time relative to a date field of each record: {@code amount} days or hours after (positive) or
   * before (negative) the field's value; yearly repeats it every year on the value's month and day
   * (birthdays, anniversaries).
   *
   * @param field the date or date-time field
   * @param amount the offset, negative for before
   * @param unit days or hours
   * @param at the time of day for a field that holds only a date (days keep a date-time's own time)
   * @param yearly whether it repeats every year
   */
  record RelativeDate(String field, int amount, OffsetUnit unit, LocalTime at, boolean yearly) implements Trigger {
    /** The time of day a date-only field fires at by default. */
    public static final LocalTime DEFAULT_AT = LocalTime.of(9, 0);

    /** Checks the parts. */
    public RelativeDate {
      Objects.requireNonNull(unit, "unit");
      at = at == null ? DEFAULT_AT : at;
    }

    @Override
    public TriggerKind kind() {
      return TriggerKind.RELATIVE_DATE;
    }
  }

  /** The unit of a relative date's offset. */
  enum OffsetUnit {
    /** Calendar days in the company's zone. */
    DAYS,
    /** Hours. */
    HOURS
  }
}
