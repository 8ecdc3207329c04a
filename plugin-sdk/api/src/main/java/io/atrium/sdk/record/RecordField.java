package io.atrium.sdk.record;

import java.util.List;
import java.util.Objects;

/**
 * One field of a record source.
 *
 * @param name stable name, used as key in {@link RecordData#values()} and in expressions
 * @param label label in the language of the call
 * @param type the kind of value
 * @param multiple whether the value is a {@link List} of values of {@code type}
 * @param required whether a record must have a value
 * @param reference key of the record source a {@link RecordFieldType#REFERENCE} points to, else null
 * @param items fields of each line of an {@link RecordFieldType#ITEMS} field, else empty
 */
public record RecordField(String name, String label, RecordFieldType type, boolean multiple, boolean required,
    String reference, List<RecordField> items) {

  /** Checks the parts. */
  public RecordField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A single-valued field that is neither a reference nor line items. */
  public static RecordField of(String name, String label, RecordFieldType type, boolean required) {
    return new RecordField(name, label, type, false, required, null, List.of());
  }
}
