package io.atrium.forms.internal;

import io.atrium.forms.FormRecords;
import io.atrium.forms.HistoryEntry;
import io.atrium.forms.HistoryEntry.Change;
import io.atrium.forms.HistoryEntry.Kind;
import io.atrium.forms.RecordHistory;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormSchema;
import io.atrium.sdk.audit.AuditEntry;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RecordHistory} from the audit entries {@link DefaultFormRecords} writes: who, when, what,
 * and for an update the fields before and after. The record must be one the caller may view
 * ({@link FormRecords#get} checks permission and row scope); hidden fields keep their label and
 * lose their values, and so do fields no longer in the form (their data is hidden everywhere).
 */
@Component(service = RecordHistory.class)
public class DefaultRecordHistory implements RecordHistory {

  private final FormRecords records;
  private final PublishedForms forms;
  private final AuditLog audit;
  private final CurrentUser user;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultRecordHistory(@Reference FormRecords records, @Reference PublishedForms forms,
      @Reference AuditLog audit, @Reference CurrentUser user) {
    this.records = records;
    this.forms = forms;
    this.audit = audit;
    this.user = user;
  }

  @Override
  public List<HistoryEntry> of(String formKey, long id, int offset, int limit) {
    String source = DefaultFormRecords.source(formKey);
    if (records.get(formKey, id).isEmpty()) {
      throw new RecordNotFoundException(source, id);
    }
    Map<String, FieldAccess> access = records.fieldAccess(formKey);
    FormSchema schema = forms.current(formKey).map(f -> f.published().schema()).orElse(null);
    Locale locale = user.locale();
    int size = Math.max(0, Math.min(limit, MAX_LIMIT));
    List<HistoryEntry> history = new ArrayList<>();
    for (AuditEntry entry : audit.entries(source, Long.toString(id), Math.max(0, offset), size)) {
      Kind kind = kind(entry.action());
      List<Change> changes = kind == Kind.UPDATED ? changes(entry, schema, access, locale) : List.of();
      history.add(new HistoryEntry(entry.occurredAt(), entry.actorId(), entry.actorName(), kind, changes));
    }
    return history;
  }

  static Kind kind(String action) {
    return switch (action) {
      case "record.create" -> Kind.CREATED;
      case "record.update" -> Kind.UPDATED;
      case DefaultFormRecords.SUBMIT_ACTION -> Kind.SUBMITTED;
      case "record.delete" -> Kind.DELETED;
      case "record.restore" -> Kind.RESTORED;
      case "comment.add" -> Kind.COMMENTED;
      case "comment.delete" -> Kind.UNCOMMENTED;
      default -> Kind.OTHER;
    };
  }

  /** The changed fields in the form's order, then those no longer in the form. */
  private static List<Change> changes(AuditEntry entry, FormSchema schema, Map<String, FieldAccess> access,
      Locale locale) {
    Set<String> names = new LinkedHashSet<>(entry.after().keySet());
    names.addAll(entry.before().keySet());
    List<String> ordered = new ArrayList<>();
    if (schema != null) {
      schema.fields().stream().map(FieldDefinition::name).filter(names::contains).forEach(ordered::add);
    }
    names.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
    List<Change> changes = new ArrayList<>();
    for (String name : ordered) {
      java.util.Optional<FieldDefinition> field = schema == null ? java.util.Optional.empty() : schema.field(name);
      String label = field.map(f -> f.label().in(locale)).orElse(name);
      // a removed field is hidden on the record page, so its values are redacted here too
      boolean hidden = field.isEmpty() || access.getOrDefault(name, FieldAccess.READ) == FieldAccess.HIDDEN;
      changes.add(hidden ? new Change(name, label, null, null, true)
          : new Change(name, label, entry.before().get(name), entry.after().get(name), false));
    }
    return changes;
  }
}
