package io.atrium.workflows.ui;

import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.record.RecordSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a record's fields a task (and the printout) shows, and how. The one place that decides
 * field visibility in the pages: today every field of the schema is shown read-only; per-node field
 * permissions (hidden / read / write) are to be applied here, with the node the task is at.
 */
public final class TaskFieldView {

  private final FieldTexts texts;

  TaskFieldView(FieldTexts texts) {
    this.texts = texts;
  }

  /**
   * The fields shown of a record, in the schema's order.
   *
   * @param nodeId the node the reader's task is at, or null when no task is concerned (instance page, printout)
   */
  public List<ShownField> fields(RecordSchema schema, RecordData record, String nodeId) {
    List<ShownField> shown = new ArrayList<>();
    for (RecordField field : schema.fields()) {
      Object value = record.value(field.name());
      shown.add(new ShownField(field.name(), field.label(), texts.text(field, value), texts.lines(field, value)));
    }
    return shown;
  }
}
