package io.atrium.forms.internal;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.IntakeChange;
import io.atrium.forms.IntakeSettings;
import io.atrium.forms.Intakes;
import io.atrium.forms.PublicForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.NewRecord;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.config.PluginConfig;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.forms.validation.ValidationContext;
import io.atrium.sdk.time.AtriumClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link Intakes} on the plugin's intake table: the settings for designers, and for visitors the
 * public page's fields ({@link PublicFields}), its signed token ({@link IntakeTokens}), the
 * honeypot, and the submitted record with its events and audit entry.
 */
@Component(service = Intakes.class)
public class DefaultIntakes implements Intakes {

  /** Plugin setting: the key that signs intake pages; unset, a random key is kept in the database. */
  static final String SECRET = "intake.secret";
  /** Plugin setting: how long a page must be open before its submit counts. */
  static final String MIN_AGE = "intake.min-fill-time";
  /** Plugin setting: how long a rendered page stays valid. */
  static final String MAX_AGE = "intake.page-lifetime";

  private static final String SLUG_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final int SLUG_LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IntakeStore store;
  private final FormStore formStore;
  private final PublishedForms forms;
  private final RecordStore records;
  private final CurrentUser user;
  private final Directory directory;
  private final Transactions transactions;
  private final EventPublisher events;
  private final AuditLog audit;
  private final AtriumClock clock;
  private final PluginConfig config;
  private volatile IntakeTokens tokens;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultIntakes(@Reference IntakeStore store, @Reference FormStore formStore, @Reference PublishedForms forms,
      @Reference RecordStore records, @Reference CurrentUser user, @Reference Directory directory,
      @Reference Transactions transactions, @Reference EventPublisher events, @Reference AuditLog audit,
      @Reference AtriumClock clock, @Reference PluginConfig config) {
    this.store = store;
    this.formStore = formStore;
    this.forms = forms;
    this.records = records;
    this.user = user;
    this.directory = directory;
    this.transactions = transactions;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
    this.config = config;
  }

  @Override
  public Optional<IntakeSettings> settings(String formKey) {
    requireDesign();
    return store.byForm(formKey);
  }

  @Override
  public IntakeSettings save(String formKey, IntakeChange change) {
    requireDesign();
    Locale locale = user.locale();
    formStore.find(formKey).filter(f -> !f.deleted()).orElseThrow(() -> new FormNotFoundException(
        FormsTexts.text(locale, "forms.records.noForm", formKey)));
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CurrentForm> form = forms.current(formKey);
    form.ifPresent(current -> {
      for (String name : change.excludedFields()) {
        if (current.published().schema().field(name).isEmpty()) {
          problems.add(new FieldProblem("excludedFields", name, FormsTexts.text(locale, "forms.intake.unknownField",
              name)));
        }
      }
      if (change.enabled()) {
        for (FieldDefinition field : current.published().schema().fields()) {
          if (field.required() && !PublicFields.isPublic(field, change.excludedFields())) {
            problems.add(new FieldProblem(field.name(), field.label(locale), FormsTexts.text(locale,
                "forms.intake.requiredNotPublic")));
          }
        }
      }
    });
    if (change.ownerId() != null && directory.person(change.ownerId()).isEmpty()) {
      problems.add(new FieldProblem("ownerId", "ownerId", FormsTexts.text(locale, "forms.intake.noOwner",
          change.ownerId())));
    }
    String thankYou = change.thankYou() == null || change.thankYou().isBlank() ? null : change.thankYou().strip();
    if (thankYou != null && thankYou.length() > 2000) {
      problems.add(new FieldProblem("thankYou", "thankYou", FormsTexts.text(locale, "forms.intake.thankYouTooLong")));
    }
    if (!problems.isEmpty()) {
      throw new RecordValidationException(problems);
    }
    return transactions.required(() -> {
      Optional<IntakeSettings> before = store.byForm(formKey);
      String slug = before.isEmpty() || change.newSlug() ? newSlug() : before.get().slug();
      IntakeSettings saved = new IntakeSettings(formKey, slug, change.enabled(), thankYou, change.ownerId(),
          change.excludedFields(), clock.now());
      store.save(saved, user.userId().orElse(null));
      audit.record("intake.settings", FormPermissions.resource(formKey), null,
          before.map(DefaultIntakes::auditView).orElse(Map.of()), auditView(saved));
      return saved;
    });
  }

  @Override
  public Optional<PublicForm> open(String slug, Locale locale) {
    return openForm(slug).map(open -> new PublicForm(slug, open.form().published().schema(), open.fields(),
        open.settings().thankYou(), tokens().issue(slug, clock.now())));
  }

  @Override
  public Optional<Long> submit(String slug, Map<String, ?> values, String token, String honeypot,
      String clientAddress, Locale locale) {
    Open open = openForm(slug).orElseThrow(() -> new FormNotFoundException(FormsTexts.text(locale,
        "forms.intake.notFound")));
    if (honeypot != null && !honeypot.isEmpty()) {
      // people never see the field; answer as if stored, so a script learns nothing
      return Optional.empty();
    }
    tokens().check(slug, token, clock.now());
    List<FieldProblem> refused = new ArrayList<>();
    for (String name : values.keySet()) {
      if (open.fields().stream().noneMatch(f -> f.name().equals(name))) {
        refused.add(new FieldProblem(name, name, FormsTexts.text(locale, "forms.intake.notAccepted")));
      }
    }
    if (!refused.isEmpty()) {
      throw new RecordValidationException(refused);
    }
    CurrentForm form = open.form();
    Map<String, Object> clean = forms.validator().check(form.logic(), values, ValidationContext.create(locale))
        .orThrow();
    Long ownerId = open.settings().ownerId();
    Long departmentId = ownerId == null ? null : directory.person(ownerId).map(Person::departmentId).orElse(null);
    return Optional.of(transactions.required(() -> {
      RecordData created = records.insert(form.layout(), clean, new NewRecord(ownerId, departmentId,
          RecordStatus.SUBMITTED, null, clock.now()));
      Map<String, Object> json = JsonLike.of(created.values());
      Map<String, Object> after = new LinkedHashMap<>(json);
      after.put("clientAddress", clientAddress == null ? "" : clientAddress);
      after.put("intake", slug);
      audit.record("record.intake", DefaultFormRecords.source(form.key()), Long.toString(created.id()), Map.of(),
          after);
      events.publish(RecordEvents.CREATED, payload(created, json));
      events.publish(RecordEvents.SUBMITTED, payload(created, json));
      return created.id();
    }));
  }

  /** An enabled intake with its published form and public fields. */
  private record Open(IntakeSettings settings, CurrentForm form, List<FieldDefinition> fields) {
  }

  private Optional<Open> openForm(String slug) {
    if (slug == null || slug.length() > 40) {
      return Optional.empty();
    }
    return store.bySlug(slug).filter(IntakeSettings::enabled).flatMap(settings -> forms.current(settings.formKey())
        .map(form -> new Open(settings, form, PublicFields.of(form.published().schema(),
            settings.excludedFields()))));
  }

  private IntakeTokens tokens() {
    IntakeTokens current = tokens;
    if (current == null) {
      String configured = config.get(SECRET).orElse("");
      byte[] key = configured.length() >= 16 ? configured.getBytes(StandardCharsets.UTF_8)
          : store.signingKey(clock.now());
      current = new IntakeTokens(key, config.getDuration(MIN_AGE, Duration.ofSeconds(2)),
          config.getDuration(MAX_AGE, Duration.ofHours(4)));
      tokens = current;
    }
    return current;
  }

  private void requireDesign() {
    if (!user.isPermitted(FormPermissions.DESIGN)) {
      throw new AccessDeniedException(FormPermissions.DESIGN);
    }
  }

  private static String newSlug() {
    StringBuilder slug = new StringBuilder(SLUG_LENGTH);
    for (int i = 0; i < SLUG_LENGTH; i++) {
      slug.append(SLUG_LETTERS.charAt(RANDOM.nextInt(SLUG_LETTERS.length())));
    }
    return slug.toString();
  }

  private static Map<String, Object> auditView(IntakeSettings settings) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("enabled", settings.enabled());
    view.put("slug", settings.slug());
    view.put("ownerId", settings.ownerId() == null ? "" : settings.ownerId());
    view.put("excludedFields", String.join(",", settings.excludedFields()));
    return view;
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
