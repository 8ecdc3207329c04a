package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.NewRecord;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.storage.Stamp;
import io.atrium.forms.validation.ValidationContext;
import io.atrium.forms.validation.ValidationResult;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import io.atrium.sdk.time.AtriumClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link FormRecords} for the calling user: the form's permissions, row scope ({@code view},
 * {@code edit}, {@code delete}) and field access decide what they may do and see; values are
 * validated against the current version; every change is audited and published as a record event.
 */
@Component(service = FormRecords.class)
public class DefaultFormRecords implements FormRecords {

  /** The audit action of submitting a draft. */
  static final String SUBMIT_ACTION = "record.submit";

  private final PublishedForms forms;
  private final RecordStore store;
  private final CurrentUser user;
  private final AccessService access;
  private final Directory directory;
  private final Transactions transactions;
  private final EventPublisher events;
  private final AuditLog audit;
  private final AtriumClock clock;
  private final PermittedForms permittedForms;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultFormRecords(@Reference PublishedForms forms, @Reference RecordStore store, @Reference CurrentUser user,
      @Reference AccessService access, @Reference Directory directory, @Reference Transactions transactions,
      @Reference EventPublisher events, @Reference AuditLog audit, @Reference AtriumClock clock) {
    this.forms = forms;
    this.store = store;
    this.user = user;
    this.access = access;
    this.directory = directory;
    this.transactions = transactions;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
    this.permittedForms = new PermittedForms(forms, user);
  }

  @Override
  public RecordData create(String formKey, Map<String, ?> values, boolean submit) {
    CurrentForm form = permittedForms.permitted(formKey, "create");
    Locale locale = user.locale();
    Map<String, FieldAccess> fillable = creatable(form);
    refuseUnwritable(form, fillable, values.keySet(), locale);
    ValidationContext context = submit ? ValidationContext.create(locale) : ValidationContext.create(locale).asDraft();
    Map<String, Object> clean = forms.validator().check(form.logic(), values, context).orThrow();
    Long userId = user.userId().orElse(null);
    Long departmentId = userId == null ? null : directory.person(userId).map(Person::departmentId).orElse(null);
    RecordStatus status = submit ? RecordStatus.SUBMITTED : RecordStatus.DRAFT;
    return transactions.required(() -> {
      RecordData created = store.insert(form.layout(), clean, new NewRecord(userId, departmentId, status, userId,
          clock.now()));
      Map<String, Object> json = JsonLike.of(created.values());
      audit.record("record.create", source(formKey), Long.toString(created.id()), Map.of(), json);
      events.publish(RecordEvents.CREATED, payload(created, json));
      if (submit) {
        events.publish(RecordEvents.SUBMITTED, payload(created, json));
      }
      return visible(created, fillable);
    });
  }

  @Override
  public RecordData update(String formKey, long id, long expectedVersion, Map<String, ?> values) {
    CurrentForm form = permittedForms.permitted(formKey, "edit");
    Locale locale = user.locale();
    return transactions.required(() -> {
      RecordData stored = reachable(form, id, "edit");
      Map<String, FieldAccess> fields = fieldAccessOf(form);
      refuseUnwritable(form, fields, values.keySet(), locale);
      // a draft stays a draft when edited: it is checked as a draft, fully on submit
      ValidationContext context = stored.status() == RecordStatus.DRAFT
          ? ValidationContext.edit(locale, id).asDraft() : ValidationContext.edit(locale, id);
      ValidationResult result = forms.validator().checkChanges(form.logic(), stored.values(), values, context);
      Map<String, Object> clean = result.orThrow();
      Map<String, Object> changes = new LinkedHashMap<>();
      result.changed().forEach(name -> changes.put(name, clean.get(name)));
      RecordData updated = store.update(form.layout(), id, expectedVersion, changes, stamp());
      Map<String, Object> before = new LinkedHashMap<>();
      changes.keySet().forEach(name -> before.put(name, stored.values().get(name)));
      audit.record("record.update", source(formKey), Long.toString(id), JsonLike.of(before), JsonLike.of(changes));
      Map<String, Object> payload = payload(updated, JsonLike.of(updated.values()));
      payload.put(RecordEvents.CHANGED, List.copyOf(changes.keySet()));
      events.publish(RecordEvents.UPDATED, payload);
      return visible(updated, fields);
    });
  }

  @Override
  public RecordData submit(String formKey, long id, long expectedVersion, Map<String, ?> values) {
    CurrentForm form = permittedForms.current(formKey);
    Locale locale = user.locale();
    return transactions.required(() -> {
      RecordData stored = store.get(form.layout(), id).filter(r -> !r.deleted())
          .orElseThrow(() -> new RecordNotFoundException(source(formKey), id));
      Map<String, FieldAccess> fields = submitter(form, stored);
      if (stored.status() != RecordStatus.DRAFT) {
        throw new io.atrium.forms.NotADraftException(FormsTexts.text(locale, "forms.records.notDraft"));
      }
      if (stored.version() != expectedVersion) {
        throw new io.atrium.sdk.record.RecordConflictException(source(formKey), id, expectedVersion,
            stored.version());
      }
      refuseUnwritable(form, fields, values.keySet(), locale);
      ValidationResult result = forms.validator().checkChanges(form.logic(), stored.values(), values,
          ValidationContext.edit(locale, id));
      Map<String, Object> clean = result.orThrow();
      Map<String, Object> changes = new LinkedHashMap<>();
      result.changed().forEach(name -> changes.put(name, clean.get(name)));
      long version = expectedVersion;
      if (!changes.isEmpty()) {
        RecordData updated = store.update(form.layout(), id, expectedVersion, changes, stamp());
        Map<String, Object> before = new LinkedHashMap<>();
        changes.keySet().forEach(name -> before.put(name, stored.values().get(name)));
        audit.record("record.update", source(formKey), Long.toString(id), JsonLike.of(before), JsonLike.of(changes));
        Map<String, Object> payload = payload(updated, JsonLike.of(updated.values()));
        payload.put(RecordEvents.CHANGED, List.copyOf(changes.keySet()));
        events.publish(RecordEvents.UPDATED, payload);
        version = updated.version();
      }
      RecordData submitted = store.setStatus(form.layout(), id, version, RecordStatus.SUBMITTED, stamp());
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("status", RecordStatus.SUBMITTED.name());
      after.put("serial", submitted.serial());
      audit.record(SUBMIT_ACTION, source(formKey), Long.toString(id), Map.of("status", RecordStatus.DRAFT.name()),
          after);
      Map<String, Object> json = JsonLike.of(submitted.values());
      events.publish(RecordEvents.SUBMITTED, payload(submitted, json));
      return visible(submitted, fields);
    });
  }

  /**
   * The field access of whoever submits a draft: its owner fills it as when creating it; anyone
   * else needs edit within their row scope.
   */
  private Map<String, FieldAccess> submitter(CurrentForm form, RecordData draft) {
    Long userId = user.userId().orElse(null);
    boolean owner = userId != null && userId.equals(draft.ownerId());
    if (owner && user.isPermitted(FormPermissions.of(form.key(), "create"))) {
      return creatable(form);
    }
    permittedForms.require(form.key(), "edit");
    permit(form.key(), draft, "edit");
    return fieldAccessOf(form);
  }

  @Override
  public Optional<RecordData> get(String formKey, long id) {
    CurrentForm form = permittedForms.permitted(formKey, "view");
    return store.get(form.layout(), id)
        .filter(r -> access.rows(FormPermissions.resource(formKey), "view").permits(r.ownerId(), r.departmentId()))
        .map(r -> visible(form, r));
  }

  @Override
  public RecordPage list(String formKey, RecordQuery query, String quickSearch) {
    return page(formKey, query, quickSearch, false);
  }

  @Override
  public RecordPage recycleBin(String formKey, int offset, int limit) {
    return page(formKey, RecordQuery.all().orderBy("updatedAt", false).page(offset, limit), null, true);
  }

  private RecordPage page(String formKey, RecordQuery query, String quickSearch, boolean bin) {
    CurrentForm form = permittedForms.permitted(formKey, "view");
    RowFilter rows = access.rows(FormPermissions.resource(formKey), "view");
    if (rows.none()) {
      return new RecordPage(List.of(), 0);
    }
    Map<String, FieldAccess> fields = fieldAccessOf(form);
    for (RecordQuery.Condition condition : query.conditions()) {
      hiddenInQuery(fields, condition.field());
    }
    for (RecordQuery.Order order : query.orders()) {
      hiddenInQuery(fields, order.field());
    }
    ListOptions options = (bin ? ListOptions.bin() : ListOptions.live()).withRowFilter(rows.all() ? null : rows)
        .withQuickSearch(quickSearch, hidden(fields)).countingUpTo(ListOptions.LIST_COUNT_LIMIT);
    RecordPage page = store.query(form.layout(), query, options).toPage();
    return new RecordPage(page.records().stream().map(r -> visible(r, fields)).toList(), page.total());
  }

  /** The names of the fields hidden from the caller: quick search must not find records by them. */
  static Set<String> hidden(Map<String, FieldAccess> fields) {
    Set<String> hidden = new java.util.HashSet<>();
    fields.forEach((name, fieldAccess) -> {
      if (fieldAccess == FieldAccess.HIDDEN) {
        hidden.add(name);
      }
    });
    return hidden;
  }

  private void hiddenInQuery(Map<String, FieldAccess> fields, String name) {
    if (fields.get(name) == FieldAccess.HIDDEN) {
      throw new AccessDeniedException(FormsTexts.text(user.locale(), "forms.records.hiddenInQuery", name));
    }
  }

  @Override
  public int delete(String formKey, List<Long> ids) {
    CurrentForm form = permittedForms.permitted(formKey, "delete");
    return transactions.required(() -> {
      int moved = 0;
      for (long id : new LinkedHashSet<>(ids)) {
        Optional<RecordData> stored = store.get(form.layout(), id);
        if (stored.isEmpty() || stored.get().deleted()) {
          continue;
        }
        permit(formKey, stored.get(), "delete");
        store.delete(form.layout(), id, stored.get().version(), stamp());
        audit.record("record.delete", source(formKey), Long.toString(id), JsonLike.of(stored.get().values()),
            Map.of());
        events.publish(RecordEvents.DELETED, Map.of(RecordEvents.SOURCE, source(formKey), RecordEvents.ID, id));
        moved++;
      }
      return moved;
    });
  }

  @Override
  public int restore(String formKey, List<Long> ids) {
    CurrentForm form = permittedForms.permitted(formKey, "delete");
    return transactions.required(() -> {
      int restored = 0;
      for (long id : new LinkedHashSet<>(ids)) {
        Optional<RecordData> stored = store.get(form.layout(), id);
        if (stored.isEmpty() || !stored.get().deleted()) {
          continue;
        }
        permit(formKey, stored.get(), "delete");
        RecordData back = store.restore(form.layout(), id, stamp());
        audit.record("record.restore", source(formKey), Long.toString(id), Map.of(), JsonLike.of(back.values()));
        events.publish(RecordEvents.CREATED, payload(back, JsonLike.of(back.values())));
        restored++;
      }
      return restored;
    });
  }

  @Override
  public Map<String, FieldAccess> fieldAccess(String formKey) {
    CurrentForm form = permittedForms.current(formKey);
    if (user.isPermitted(FormPermissions.of(formKey, "create"))) {
      return creatable(form);
    }
    permittedForms.require(formKey, "view");
    return fieldAccessOf(form);
  }

  private Map<String, FieldAccess> fieldAccessOf(CurrentForm form) {
    return FieldRights.granted(access, form);
  }

  /** What the caller may fill in when creating a record (see {@link FieldRights#creatable}). */
  private Map<String, FieldAccess> creatable(CurrentForm form) {
    return FieldRights.creatable(user, access, form);
  }


  private RecordData reachable(CurrentForm form, long id, String action) {
    RecordData stored = store.get(form.layout(), id).orElseThrow(() -> new RecordNotFoundException(source(form.key()),
        id));
    permit(form.key(), stored, action);
    return stored;
  }

  private void permit(String formKey, RecordData record, String action) {
    if (!access.rows(FormPermissions.resource(formKey), action).permits(record.ownerId(), record.departmentId())) {
      throw new AccessDeniedException(FormPermissions.of(formKey, action));
    }
  }

  private void refuseUnwritable(CurrentForm form, Map<String, FieldAccess> fields, Set<String> names,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String name : names) {
      if (fields.containsKey(name) && fields.get(name) != FieldAccess.WRITE) {
        String label = form.published().schema().field(name).map(f -> f.label().in(locale)).orElse(name);
        problems.add(new FieldProblem(name, label, FormsTexts.text(locale, "forms.records.notWritable")));
      }
    }
    if (!problems.isEmpty()) {
      throw new RecordValidationException(problems);
    }
  }

  /** The record without the fields the caller may not read. */
  private RecordData visible(CurrentForm form, RecordData record) {
    return visible(record, fieldAccessOf(form));
  }

  private static RecordData visible(RecordData record, Map<String, FieldAccess> fields) {
    if (fields.values().stream().noneMatch(a -> a == FieldAccess.HIDDEN)) {
      return record;
    }
    Map<String, Object> values = new LinkedHashMap<>(record.values());
    fields.forEach((name, fieldAccess) -> {
      if (fieldAccess == FieldAccess.HIDDEN) {
        values.remove(name);
      }
    });
    return new RecordData(record.source(), record.id(), record.serial(), record.version(), record.status(),
        record.ownerId(), record.departmentId(), record.createdBy(), record.createdAt(), record.updatedBy(),
        record.updatedAt(), record.deleted(), values);
  }

  private Stamp stamp() {
    return new Stamp(user.userId().orElse(null), clock.now());
  }

  static String source(String formKey) {
    return "forms." + formKey;
  }

  private static Map<String, Object> payload(RecordData record, Map<String, Object> json) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put(RecordEvents.SOURCE, record.source());
    payload.put(RecordEvents.ID, record.id());
    payload.put(RecordEvents.VERSION, record.version());
    payload.put(RecordEvents.VALUES, json);
    return payload;
  }
}
