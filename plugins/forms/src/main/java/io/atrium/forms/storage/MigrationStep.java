package io.atrium.forms.storage;

import io.atrium.forms.storage.internal.StorageTexts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One step of a {@link MigrationPlan}: what it does to which field, explained for the designer,
 * and the DDL it runs (none for steps that only change the allocation).
 *
 * @param kind what the step does
 * @param fieldId the field's id, or null for the record table itself
 * @param fieldName the field's name, or null
 * @param table the table it changes
 * @param column the column it adds or changes, or null
 * @param type the column's type after the step, or null
 * @param sql the statements, in order; generated names only
 * @param arguments the values the explanation shows, in the order of its message
 */
public record MigrationStep(Kind kind, String fieldId, String fieldName, String table, String column,
    ColumnType type, List<String> sql, List<String> arguments) {

  /** What a step does. */
  public enum Kind {
    /** Create the record table with its system columns and indexes. */
    CREATE_TABLE,
    /** Create the child table of a multi-valued field. */
    CREATE_VALUES_TABLE,
    /** Create the child table of a sub-table's lines. */
    CREATE_LINES_TABLE,
    /** Add a nullable column; existing rows stay as they are. */
    ADD_COLUMN,
    /** Widen a column's type, or narrow it after checking every stored value fits. */
    ALTER_TYPE,
    /** Create an index for filtering and sorting. */
    CREATE_INDEX,
    /** Drop an index no longer wanted; no data changes. */
    DROP_INDEX,
    /** Create a unique index over live records. */
    CREATE_UNIQUE,
    /** Drop a unique index; no data changes. */
    DROP_UNIQUE,
    /** Add the foreign key of a lookup field. */
    ADD_REFERENCE,
    /** Hide a removed field; its column and data stay. */
    RETIRE,
    /** Bring a removed field back with its kept data. */
    RESTORE,
    /** Record a field's new name; its column stays. */
    RENAME
  }

  /** Checks the parts and freezes the lists. */
  public MigrationStep {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    sql = List.copyOf(sql);
    arguments = List.copyOf(arguments);
  }

  /** The explanation for the designer, in a language. */
  public String explain(Locale locale) {
    return StorageTexts.text(locale, "forms.storage.step." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        arguments.toArray());
  }
}
