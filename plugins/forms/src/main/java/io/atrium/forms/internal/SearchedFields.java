package io.atrium.forms.internal;

import io.atrium.forms.internal.search.RecordDocument;
import io.atrium.forms.internal.search.RecordDocuments;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.FieldColumn;
import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.StorageKind;
import io.atrium.sdk.record.RecordData;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields the records search looks in, as the records list's quick search does: text people type
 * (text, long text, e-mail, phone, web address, serial) stored in the record's own row, and the
 * serial number. Index fields are named by the field's stable id, so renaming keeps them.
 */
final class SearchedFields {

  private static final Set<FieldType> SEARCHED = Set.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.EMAIL,
      FieldType.PHONE, FieldType.URL, FieldType.SERIAL);

  private SearchedFields() {
  }

  /** Whether the field's values are searched. */
  static boolean searched(FieldColumn field) {
    return field.storage() == StorageKind.COLUMN && SEARCHED.contains(field.field().type());
  }

  /** The index field of a form field. */
  static String indexField(FieldColumn field) {
    return RecordDocuments.field(key(field));
  }

  /** The field's stable id; its name for a schema that has no ids. */
  private static String key(FieldColumn field) {
    String id = field.field().id();
    return id != null ? id : field.name();
  }

  /** The index fields to look in for a user who may not see the {@code hidden} fields. */
  static Set<String> visible(FormLayout layout, Set<String> hidden) {
    Set<String> fields = new LinkedHashSet<>();
    fields.add(RecordDocuments.SERIAL);
    for (FieldColumn field : layout.fields()) {
      if (searched(field) && !hidden.contains(field.name())) {
        fields.add(indexField(field));
      }
    }
    return fields;
  }

  /** What the index keeps of a live record. */
  static RecordDocument document(FormLayout layout, RecordData record) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (FieldColumn field : layout.fields()) {
      if (searched(field) && record.value(field.name()) instanceof String text && !text.isBlank()) {
        texts.put(key(field), text);
      }
    }
    return new RecordDocument(layout.formKey(), record.id(), record.ownerId(), record.departmentId(),
        record.serial(), texts);
  }
}
