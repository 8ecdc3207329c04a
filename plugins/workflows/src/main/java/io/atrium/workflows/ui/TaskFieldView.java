package io.atrium.workflows.ui;

import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.record.RecordFieldType;
import io.atrium.sdk.record.RecordSchema;
import io.atrium.workflows.definition.FieldAccess;
import io.atrium.workflows.definition.FieldRights;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a record's fields a task (and the instance page and printout) shows, and how: the one
 * place that applies the nodes' field permissions in the pages. Hidden fields are left out; a
 * writable field of a simple kind (text, number, date) gets an input box on the task page.
 */
public final class TaskFieldView {

  /** The kinds the task page edits in a text box; others are changed through REST. */
  static final Set<RecordFieldType> EDITABLE = Set.of(RecordFieldType.TEXT, RecordFieldType.INTEGER,
      RecordFieldType.DECIMAL, RecordFieldType.DATE);

  private final FieldTexts texts;

  TaskFieldView(FieldTexts texts) {
    this.texts = texts;
  }

  /**
   * The fields shown of a record, in the schema's order.
   *
   * @param rights the field permissions that apply to the reader: their task's node, or {@link FieldRights#NONE}
   */
  public List<ShownField> fields(RecordSchema schema, RecordData record, FieldRights rights) {
    List<ShownField> shown = new ArrayList<>();
    for (RecordField field : schema.fields()) {
      FieldAccess access = rights.access(field.name());
      if (access == FieldAccess.HIDDEN) {
        continue;
      }
      Object value = record.value(field.name());
      boolean writable = access == FieldAccess.WRITE && !field.multiple() && EDITABLE.contains(field.type());
      shown.add(new ShownField(field.name(), field.label(), texts.text(field, value), texts.lines(field, value),
          field.type(), writable, writable && value != null ? value.toString() : ""));
    }
    return shown;
  }
}
