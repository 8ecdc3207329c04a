package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.NewRecord;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.storage.Stamp;
import io.atrium.forms.validation.ValidationContext;
import io.atrium.forms.validation.ValidationResult;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordSchema;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The records of one published form as other plugins reach them: for the platform, without the caller's access rules. */
final class FormRecordSource implements RecordSource {

  private final String formKey;
  private final PublishedForms forms;
  private final RecordStore store;
  private final Transactions transactions;
  private final EventPublisher events;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final Directory directory;

  FormRecordSource(String formKey, PublishedForms forms, RecordStore store, Transactions transactions,
      EventPublisher events, CurrentUser user, AtriumClock clock, Directory directory) {
    this.formKey = formKey;
    this.forms = forms;
    this.store = store;
    this.transactions = transactions;
    this.events = events;
    this.user = user;
    this.clock = clock;
    this.directory = directory;
  }

  @Override
  public String key() {
    return DefaultFormRecords.source(formKey);
  }

  @Override
  public RecordSchema schema() {
    CurrentForm form = form();
    Locale locale = user.locale();
    FormSchema schema = form.published().schema();
    List<RecordField> fields = schema.fields().stream().map(f -> field(f, locale)).toList();
    return new RecordSchema(key(), schema.name().in(locale), FormPermissions.resource(formKey), form.version(), fields);
  }

  private static RecordField field(FieldDefinition field, Locale locale) {
    String reference = field.type() == FieldType.LOOKUP && field.lookupForm() != null
        ? DefaultFormRecords.source(field.lookupForm()) : null;
    List<RecordField> items = field.fields().stream().map(f -> field(f, locale)).toList();
    return new RecordField(field.name(), field.label().in(locale), field.type().valueType(), field.multiValued(),
        field.required(), reference, items);
  }

  @Override
  public Optional<RecordData> get(long id) {
    return store.get(form().layout(), id);
  }

  @Override
  public RecordPage query(RecordQuery query) {
    return store.query(form().layout(), query, ListOptions.live()).toPage();
  }

  @Override
  public RecordData update(long id, long expectedVersion, Map<String, ?> changes) {
    CurrentForm form = form();
    return transactions.required(() -> {
      RecordData stored = store.get(form.layout(), id).orElseThrow(() -> new RecordNotFoundException(key(), id));
      ValidationResult result = forms.validator().checkChanges(form.logic(), stored.values(), changes,
          ValidationContext.edit(user.locale(), id));
      Map<String, Object> clean = result.orThrow();
      Map<String, Object> changed = new LinkedHashMap<>();
      result.changed().forEach(name -> changed.put(name, clean.get(name)));
      RecordData updated = store.update(form.layout(), id, expectedVersion, changed, stamp());
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put(RecordEvents.SOURCE, key());
      payload.put(RecordEvents.ID, id);
      payload.put(RecordEvents.VERSION, updated.version());
      payload.put(RecordEvents.CHANGED, List.copyOf(changed.keySet()));
      payload.put(RecordEvents.VALUES, JsonLike.of(updated.values()));
      events.publish(RecordEvents.UPDATED, payload);
      return updated;
    });
  }

  @Override
  public RecordData setStatus(long id, RecordStatus status) {
    CurrentForm form = form();
    return transactions.required(() -> {
      RecordData updated = store.setStatus(form.layout(), id, -1, status, stamp());
      events.publish(RecordEvents.STATUS_CHANGED, Map.of(RecordEvents.SOURCE, key(), RecordEvents.ID, id,
          RecordEvents.VERSION, updated.version(), RecordEvents.STATUS, status.name()));
      return updated;
    });
  }

  @Override
  public RecordData setOwner(long id, Long ownerId) {
    CurrentForm form = form();
    Long departmentId = ownerId == null ? null : directory.person(ownerId).map(Person::departmentId).orElse(null);
    return transactions.required(() -> {
      RecordData updated = store.setOwner(form.layout(), id, ownerId, departmentId, stamp());
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put(RecordEvents.SOURCE, key());
      payload.put(RecordEvents.ID, id);
      payload.put(RecordEvents.VERSION, updated.version());
      payload.put(RecordEvents.CHANGED, List.of("ownerId"));
      payload.put(RecordEvents.VALUES, JsonLike.of(updated.values()));
      events.publish(RecordEvents.UPDATED, payload);
      return updated;
    });
  }

  @Override
  public RecordData create(Map<String, ?> values, Long ownerId) {
    CurrentForm form = form();
    Map<String, Object> clean = forms.validator().check(form.logic(), values, ValidationContext.create(user.locale()))
        .orThrow();
    Long departmentId = ownerId == null ? null : directory.person(ownerId).map(Person::departmentId).orElse(null);
    return transactions.required(() -> {
      RecordData created = store.insert(form.layout(), clean, new NewRecord(ownerId, departmentId,
          RecordStatus.SUBMITTED, null, clock.now()));
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put(RecordEvents.SOURCE, key());
      payload.put(RecordEvents.ID, created.id());
      payload.put(RecordEvents.VERSION, created.version());
      payload.put(RecordEvents.VALUES, JsonLike.of(created.values()));
      events.publish(RecordEvents.CREATED, payload);
      return created;
    });
  }

  private CurrentForm form() {
    return forms.current(formKey).orElseThrow(() -> new IllegalStateException("The form " + formKey
        + " is no longer published"));
  }

  private Stamp stamp() {
    return new Stamp(user.userId().orElse(null), clock.now());
  }
}
