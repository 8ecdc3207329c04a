package io.atrium.forms.internal;

import io.atrium.forms.FormRecords;
import io.atrium.forms.RecordFile;
import io.atrium.forms.RecordFiles;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import java.io.InputStream;
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
  private final CurrentUser user;
  private final PermittedForms permittedForms;

  /** Files of fields without their own limit are at most this large, as on the fill page. */
  static final long FILE_BYTES = 20L << 20;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultRecordFiles(@Reference FormRecords records, @Reference PublishedForms forms,
      @Reference BlobStore blobs, @Reference CurrentUser user) {
    this.records = records;
    this.forms = forms;
    this.blobs = blobs;
    this.user = user;
    this.permittedForms = new PermittedForms(forms, user);
  }

  @Override
  public StoredBlob upload(String formKey, String fieldName, String filename, InputStream content) {
    CurrentForm form = permittedForms.current(formKey);
    if (!user.isPermitted(FormPermissions.of(formKey, "create"))
        && !user.isPermitted(FormPermissions.of(formKey, "edit"))) {
      throw new AccessDeniedException(FormPermissions.of(formKey, "create"));
    }
    Optional<FieldDefinition> field = form.published().schema().field(fieldName == null ? "" : fieldName)
        .filter(DefaultRecordFiles::isFile);
    FieldAccess access = field.isEmpty() ? FieldAccess.HIDDEN
        : records.fieldAccess(formKey).getOrDefault(field.get().name(), FieldAccess.WRITE);
    if (field.isEmpty() || access != FieldAccess.WRITE) {
      String name = fieldName == null ? "" : fieldName;
      throw new RecordValidationException(List.of(new FieldProblem(name, name,
          FormsTexts.text(user.locale(), "forms.records.notFileField"))));
    }
    return blobs.store(filename == null || filename.isBlank() ? "file" : filename, content, policy(field.get()));
  }

  /** The field's limits: its size and types, images by default for an image field, PNG for a signature. */
  static BlobPolicy policy(FieldDefinition field) {
    long max = field.maxFileBytes() == null ? FILE_BYTES : field.maxFileBytes();
    if (field.type() == FieldType.SIGNATURE) {
      return new BlobPolicy(max, java.util.Set.of("image/png"));
    }
    return new BlobPolicy(max, field.type() == FieldType.IMAGE && field.mediaTypes().isEmpty()
        ? BlobPolicy.IMAGES.mediaTypes() : field.mediaTypes());
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
