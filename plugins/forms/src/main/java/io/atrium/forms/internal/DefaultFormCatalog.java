package io.atrium.forms.internal;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormDraft;
import io.atrium.forms.FormExistsException;
import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormSummary;
import io.atrium.forms.FormVersion;
import io.atrium.forms.PublishPreview;
import io.atrium.forms.PublishRefusedException;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.schema.diff.SchemaDiff;
import io.atrium.forms.schema.json.FieldIds;
import io.atrium.forms.schema.json.FormSchemaJson;
import io.atrium.forms.schema.json.InvalidSchemaException;
import io.atrium.forms.schema.json.SchemaProblem;
import io.atrium.forms.storage.ColumnAllocation;
import io.atrium.forms.storage.FormChangedException;
import io.atrium.forms.storage.FormPublisher;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.MigrationPlan;
import io.atrium.forms.storage.MigrationRefusedException;
import io.atrium.forms.storage.PublishResult;
import io.atrium.forms.storage.StoredForm;
import io.atrium.forms.storage.TableAllocation;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link FormCatalog} over the form store and the publisher, checking {@link FormPermissions#DESIGN}. */
@Component(service = FormCatalog.class)
public class DefaultFormCatalog implements FormCatalog {

  /** Topic of the event published after a form's new version: payload key, version. */
  static final String PUBLISHED_TOPIC = "forms/form/published";

  private static final Pattern FIELD_ID = Pattern.compile("f(\\d+)");

  private final FormStore store;
  private final FormPublisher publisher;
  private final PublishedForms published;
  private final CurrentUser user;
  private final Transactions transactions;
  private final AuditLog audit;
  private final EventPublisher events;
  private final Directory directory;
  private final FormSchemaJson codec;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultFormCatalog(@Reference FormStore store, @Reference FormPublisher publisher,
      @Reference PublishedForms published, @Reference CurrentUser user, @Reference Transactions transactions,
      @Reference AuditLog audit, @Reference EventPublisher events, @Reference Directory directory) {
    this.store = store;
    this.publisher = publisher;
    this.published = published;
    this.user = user;
    this.transactions = transactions;
    this.audit = audit;
    this.events = events;
    this.directory = directory;
    this.codec = published.codec();
  }

  @Override
  public List<FormSummary> forms() {
    boolean designer = user.isPermitted(FormPermissions.DESIGN);
    Locale locale = user.locale();
    List<FormSummary> forms = new ArrayList<>();
    for (StoredForm form : store.list(false)) {
      if (!designer && !(form.published() && mayUse(form.key()))) {
        continue;
      }
      Optional<CurrentForm> current = form.published() ? published.current(form.key()) : Optional.empty();
      // only designers see drafts, so only for them is the draft read and compared
      FormSchema draft = designer ? readStored(form) : null;
      FormSchema schema = current.map(c -> c.published().schema())
          .orElseGet(() -> draft != null ? draft : readStored(form));
      boolean hasDraft = designer && (current.isEmpty() || !draft.equals(current.get().published().schema()));
      forms.add(new FormSummary(form.key(), schema.name().in(locale), form.publishedVersion(), hasDraft,
          form.updatedAt()));
    }
    forms.sort(Comparator.comparing(FormSummary::name));
    return forms;
  }

  private boolean mayUse(String key) {
    return user.isPermitted(FormPermissions.of(key, "view")) || user.isPermitted(FormPermissions.of(key, "create"));
  }

  @Override
  public FormDraft create(String schemaJson) {
    design();
    FormSchema schema = FieldIds.assign(null, codec.read(schemaJson));
    return transactions.required(() -> {
      if (store.find(schema.key()).isPresent()) {
        throw new FormExistsException(FormsTexts.text(user.locale(), "forms.catalog.exists", schema.key()));
      }
      String json = codec.writeString(schema);
      StoredForm form = store.create(schema.key(), json, user.userId().orElse(null));
      audit.record("form.create", "form", schema.key(), Map.of(), Map.of("schema", json));
      return new FormDraft(schema, json, 0, form.updatedAt());
    });
  }

  @Override
  public FormDraft saveDraft(String key, String schemaJson) {
    design();
    FormSchema read = codec.read(schemaJson);
    if (!read.key().equals(key)) {
      throw new InvalidSchemaException(List.of(SchemaProblem.of("$.key", "forms.catalog.keyChanged", key, read.key())));
    }
    return transactions.required(() -> {
      StoredForm form = stored(key);
      FormSchema previous = form.published() ? published.current(key).map(c -> c.published().schema()).orElse(null)
          : readStored(form);
      FormSchema schema = FieldIds.assign(previous, read, highestFieldId(form));
      String json = codec.writeString(schema);
      StoredForm saved = store.saveDraft(form.id(), form.draftRevision(), json, user.userId().orElse(null));
      audit.record("form.draft", "form", key, Map.of("schema", form.draftSchema()), Map.of("schema", json));
      return new FormDraft(schema, json, saved.publishedVersion(), saved.updatedAt());
    });
  }

  @Override
  public Optional<FormDraft> draft(String key) {
    design();
    return store.find(key).filter(f -> !f.deleted()).map(form -> {
      FormSchema schema = readStored(form);
      return new FormDraft(schema, form.draftSchema(), form.publishedVersion(), form.updatedAt());
    });
  }

  @Override
  public PublishPreview preview(String key) {
    design();
    return transactions.required(() -> {
      StoredForm form = stored(key);
      FormSchema draft = readStored(form);
      Locale locale = user.locale();
      List<String> refusals = new ArrayList<>();
      codec.check(draft).forEach(p -> refusals.add(p.path() + ": " + p.message(locale)));
      MigrationPlan plan = publisher.plan(form.id(), draft);
      plan.refused().forEach(r -> refusals.add(r.message(locale)));
      List<String> steps = plan.steps().stream().map(s -> s.explain(locale)).toList();
      FormSchema before = published.current(key).map(c -> c.published().schema()).orElse(null);
      List<String> changes = before == null ? List.of(FormsTexts.text(locale, "forms.catalog.firstVersion"))
          : SchemaDiff.between(before, draft).summary(locale);
      return new PublishPreview(changes, steps, refusals);
    });
  }

  @Override
  public PublishedForm publish(String key) {
    design();
    Locale locale = user.locale();
    PublishResult result = transactions.required(() -> {
      StoredForm form = stored(key);
      FormSchema draft = readStored(form);
      List<SchemaProblem> problems = codec.check(draft);
      if (!problems.isEmpty()) {
        throw new InvalidSchemaException(problems);
      }
      try {
        PublishResult done = publisher.publish(form.id(), draft, form.draftSchema(), null, form.publishedVersion(),
            user.userId().orElse(null));
        audit.record("form.publish", "form", key, Map.of("version", form.publishedVersion()),
            Map.of("version", done.version().version(), "schema", form.draftSchema()));
        events.publish(PUBLISHED_TOPIC, key + "@" + done.version().version(),
            Map.of("key", key, "version", done.version().version()));
        return done;
      } catch (MigrationRefusedException e) {
        throw new PublishRefusedException(e.message(locale));
      } catch (FormChangedException e) {
        throw new PublishRefusedException(FormsTexts.text(locale, "forms.catalog.publishedMeanwhile", key));
      }
    });
    published.published(key);
    return published.current(key).map(CurrentForm::published).orElseThrow(() -> new IllegalStateException(
        "Form " + key + " version " + result.version().version() + " was published but cannot be read back"));
  }

  @Override
  public Optional<PublishedForm> published(String key) {
    return published.current(key).map(CurrentForm::published);
  }

  @Override
  public List<FormVersion> versions(String key) {
    design();
    StoredForm form = stored(key);
    Locale locale = user.locale();
    List<io.atrium.forms.storage.FormVersion> stored = store.versions(form.id()).stream()
        .sorted(Comparator.comparingInt(io.atrium.forms.storage.FormVersion::version)).toList();
    List<FormVersion> versions = new ArrayList<>();
    FormSchema before = null;
    for (io.atrium.forms.storage.FormVersion version : stored) {
      FormSchema schema = codec.read(version.schemaJson());
      List<String> changes = before == null ? List.of(FormsTexts.text(locale, "forms.catalog.firstVersion"))
          : SchemaDiff.between(before, schema).summary(locale);
      String by = version.publishedBy() == null ? null
          : directory.person(version.publishedBy()).map(Person::displayName).orElse(null);
      versions.add(new FormVersion(version.version(), version.publishedAt(), by, changes));
      before = schema;
    }
    java.util.Collections.reverse(versions);
    return versions;
  }

  private void design() {
    if (!user.isPermitted(FormPermissions.DESIGN)) {
      throw new AccessDeniedException(FormPermissions.DESIGN);
    }
  }

  private StoredForm stored(String key) {
    return store.find(key).filter(f -> !f.deleted()).orElseThrow(() -> new FormNotFoundException(
        FormsTexts.text(user.locale(), "forms.catalog.notFound", key)));
  }

  private FormSchema readStored(StoredForm form) {
    return codec.read(form.draftSchema());
  }

  /** The highest field number the form ever allocated a column for, so a new field never takes a retired id. */
  private int highestFieldId(StoredForm form) {
    int highest = 0;
    if (form.published()) {
      TableAllocation allocation = store.allocation(form.id());
      for (ColumnAllocation column : allocation.columns()) {
        Matcher id = FIELD_ID.matcher(column.fieldId() == null ? "" : column.fieldId());
        if (id.matches()) {
          highest = Math.max(highest, Integer.parseInt(id.group(1)));
        }
      }
    }
    return Math.max(highest, FieldIds.highest(readStored(form)));
  }
}
