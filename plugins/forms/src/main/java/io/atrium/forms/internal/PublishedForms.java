package io.atrium.forms.internal;

import io.atrium.forms.PublishedForm;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.json.FormSchemaJson;
import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.FormVersion;
import io.atrium.forms.storage.StoredForm;
import io.atrium.forms.storage.UniqueValues;
import io.atrium.forms.validation.RecordValidator;
import io.atrium.forms.validation.UniquenessCheck;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.time.AtriumClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The current published version of each form, parsed and compiled once. The stored version number
 * is checked again at most every {@link #RECHECK}, so a form published on another node is picked
 * up within that time; one published here is picked up at once.
 */
@Component(service = PublishedForms.class)
public class PublishedForms {

  /** How long a cached version is trusted without asking the database. */
  static final Duration RECHECK = Duration.ofSeconds(2);

  private record Entry(CurrentForm form, Instant checkedAt) {
  }

  private final FormStore store;
  private final FormSchemaJson codec;
  private final RecordValidator validator;
  private final AtriumClock clock;
  private final ConcurrentMap<String, Entry> byKey = new ConcurrentHashMap<>();
  private final List<Consumer<CurrentForm>> listeners = new CopyOnWriteArrayList<>();

  /** Declarative Services injects the store, the unique-value check, the blob store and expressions. */
  @Activate
  public PublishedForms(@Reference FormStore store, @Reference UniqueValues unique, @Reference BlobStore blobs,
      @Reference Expressions expressions, @Reference AtriumClock clock) {
    this.store = store;
    this.codec = new FormSchemaJson(expressions);
    this.clock = clock;
    // a unique field is checked against the table of the form's current version
    UniquenessCheck uniqueness = (formKey, field, value, recordId) -> current(formKey)
        .map(form -> unique.exists(form.layout(), field.name(), value, recordId)).orElse(false);
    this.validator = RecordValidator.builder(expressions).zone(clock.zone()).uniqueness(uniqueness)
        .blobs(blobs::find).build();
  }

  /** The current version of the form with that key; empty when there is none or it was never published. */
  Optional<CurrentForm> current(String key) {
    Entry cached = byKey.get(key);
    Instant now = clock.now();
    if (cached != null && cached.checkedAt().plus(RECHECK).isAfter(now)) {
      return Optional.of(cached.form());
    }
    Optional<StoredForm> stored = store.find(key).filter(f -> !f.deleted() && f.published());
    if (stored.isEmpty()) {
      byKey.remove(key);
      return Optional.empty();
    }
    CurrentForm form = cached != null && cached.form().version() == stored.get().publishedVersion()
        ? new CurrentForm(stored.get(), cached.form().published(), cached.form().layout(), cached.form().logic())
        : load(stored.get());
    byKey.put(key, new Entry(form, now));
    return Optional.of(form);
  }

  /** Every published form, for record sources and permissions. */
  List<CurrentForm> all() {
    return store.list(false).stream().filter(StoredForm::published).map(f -> current(f.key()))
        .flatMap(Optional::stream).toList();
  }

  /** Forgets a form after it was published here, and tells the listeners about its new version. */
  void published(String key) {
    byKey.remove(key);
    current(key).ifPresent(form -> listeners.forEach(l -> l.accept(form)));
  }

  /** Calls the listener with each form published from now on. */
  void onPublished(Consumer<CurrentForm> listener) {
    listeners.add(listener);
  }

  /** The schema codec, shared. */
  FormSchemaJson codec() {
    return codec;
  }

  /** The record validator, shared. */
  RecordValidator validator() {
    return validator;
  }

  private CurrentForm load(StoredForm form) {
    FormVersion version = store.version(form.id(), form.publishedVersion()).orElseThrow(() ->
        new IllegalStateException("Form " + form.key() + " names version " + form.publishedVersion()
            + " as published, but the version is not stored"));
    FormSchema schema = codec.read(version.schemaJson());
    FormLayout layout = FormLayout.of(form.id(), version.version(), schema, store.allocation(form.id()));
    return new CurrentForm(form, new PublishedForm(schema, version.version(), version.publishedAt()), layout,
        validator.compile(schema));
  }
}
