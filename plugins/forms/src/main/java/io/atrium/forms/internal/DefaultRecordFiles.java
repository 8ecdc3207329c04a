package io.atrium.forms.internal;

import io.atrium.forms.FormRecords;
import io.atrium.forms.RecordFile;
import io.atrium.forms.RecordFiles;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RecordFiles}: reads the record through {@link FormRecords#get} (permission, row scope,
 * and fields hidden from the caller already left out), then looks for the blob among the values
 * of its file fields, also in sub-table lines.
 */
@Component(service = RecordFiles.class)
public class DefaultRecordFiles implements RecordFiles {

  private final FormRecords records;
  private final PublishedForms forms;
  private final BlobStore blobs;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultRecordFiles(@Reference FormRecords records, @Reference PublishedForms forms,
      @Reference BlobStore blobs) {
    this.records = records;
    this.forms = forms;
    this.blobs = blobs;
  }

  @Override
  public Optional<RecordFile> find(String formKey, long id, String blobId) {
    RecordData record = records.get(formKey, id)
        .orElseThrow(() -> new RecordNotFoundException(DefaultFormRecords.source(formKey), id));
    if (blobId == null || blobId.isBlank()) {
      return Optional.empty();
    }
    List<FieldDefinition> fields = forms.current(formKey).map(f -> f.published().schema().fields()).orElse(List.of());
    Optional<String> field = owner(fields, record.values(), blobId);
    return field.flatMap(name -> blobs.find(blobId).map(blob -> new RecordFile(blob, name,
        () -> blobs.open(blobId))));
  }

  /** The file field (top level, or the sub-table) whose value holds the blob. */
  static Optional<String> owner(List<FieldDefinition> fields, Map<String, Object> values, String blobId) {
    for (FieldDefinition field : fields) {
      Object value = values.get(field.name());
      if (value == null) {
        continue;
      }
      if (isFile(field) && holds(value, blobId)) {
        return Optional.of(field.name());
      }
      if (field.type() == FieldType.SUBTABLE && value instanceof Collection<?> lines) {
        for (Object line : lines) {
          if (line instanceof Map<?, ?> cells) {
            for (FieldDefinition lineField : field.fields()) {
              if (isFile(lineField) && holds(cells.get(lineField.name()), blobId)) {
                return Optional.of(field.name());
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isFile(FieldDefinition field) {
    return field.type() == FieldType.ATTACHMENT || field.type() == FieldType.IMAGE
        || field.type() == FieldType.SIGNATURE;
  }

  private static boolean holds(Object value, String blobId) {
    if (value instanceof Collection<?> values) {
      return values.stream().anyMatch(v -> blobId.equals(String.valueOf(v)));
    }
    return value != null && blobId.equals(value.toString());
  }
}
