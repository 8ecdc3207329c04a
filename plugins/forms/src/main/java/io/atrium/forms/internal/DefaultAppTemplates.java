package io.atrium.forms.internal;

import io.atrium.forms.AppTemplate;
import io.atrium.forms.AppTemplates;
import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.schema.LocalizedText;
import io.atrium.forms.storage.NewRecord;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.validation.ValidationContext;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link AppTemplates} from the JSON files in {@code io/atrium/forms/templates}: {@code name} and
 * {@code description} by language, the form {@code schema}, and {@code samples} whose user fields
 * may say {@code "$me"} for the installing user. Samples are stored as submitted records and
 * announced as created (so search and reports see them), but not as submitted: fake data must
 * not start real approvals.
 */
@Component(service = AppTemplates.class)
public class DefaultAppTemplates implements AppTemplates {

  /** The templates shipped, in the order they are offered. */
  static final List<String> IDS = List.of("lead", "campaign-proposal", "content-topic", "live-order", "expense-claim");

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final String ME = "$me";

  private final FormCatalog catalog;
  private final PublishedForms forms;
  private final RecordStore records;
  private final CurrentUser user;
  private final Directory directory;
  private final Transactions transactions;
  private final EventPublisher events;
  private final AuditLog audit;
  private final AtriumClock clock;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultAppTemplates(@Reference FormCatalog catalog, @Reference PublishedForms forms,
      @Reference RecordStore records, @Reference CurrentUser user, @Reference Directory directory,
      @Reference Transactions transactions, @Reference EventPublisher events, @Reference AuditLog audit,
      @Reference AtriumClock clock) {
    this.catalog = catalog;
    this.forms = forms;
    this.records = records;
    this.user = user;
    this.directory = directory;
    this.transactions = transactions;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<AppTemplate> list(Locale locale) {
    List<AppTemplate> templates = new ArrayList<>();
    for (String id : IDS) {
      JsonObject json = read(id);
      templates.add(new AppTemplate(id, text(json, "name", locale), text(json, "description", locale),
          json.containsKey("samples") ? json.getJsonArray("samples").size() : 0));
    }
    return templates;
  }

  @Override
  public InstalledTemplate install(String id, String key, boolean sampleData) {
    if (!user.isPermitted(FormPermissions.DESIGN)) {
      throw new AccessDeniedException(FormPermissions.DESIGN);
    }
    if (!IDS.contains(id)) {
      throw new FormNotFoundException(FormsTexts.text(user.locale(), "forms.templates.unknown", id));
    }
    JsonObject template = read(id);
    JsonObjectBuilder schema = JSON.createObjectBuilder(template.getJsonObject("schema"));
    String formKey = key == null || key.isBlank() ? id : key.strip();
    schema.add("key", formKey);
    catalog.create(schema.build().toString());
    PublishedForm published = catalog.publish(formKey);
    int samples = sampleData && template.containsKey("samples") ? addSamples(formKey, template) : 0;
    audit.record("form.template", "form", formKey, Map.of(), Map.of("template", id, "samples", samples));
    return new InstalledTemplate(published, samples);
  }

  private int addSamples(String formKey, JsonObject template) {
    CurrentForm form = forms.current(formKey).orElseThrow(() -> new IllegalStateException("Form " + formKey
        + " was just published but is not found"));
    Long userId = user.userId().orElse(null);
    Long departmentId = userId == null ? null : directory.person(userId).map(Person::departmentId).orElse(null);
    ValidationContext context = ValidationContext.create(user.locale());
    return transactions.required(() -> {
      int added = 0;
      for (JsonValue sample : template.getJsonArray("samples")) {
        Map<String, Object> clean = forms.validator().checkJson(form.logic(), withUser(sample.asJsonObject(), userId),
            context).orThrow();
        RecordData created = records.insert(form.layout(), clean, new NewRecord(userId, departmentId,
            RecordStatus.SUBMITTED, userId, clock.now()));
        Map<String, Object> json = JsonLike.of(created.values());
        audit.record("record.create", DefaultFormRecords.source(formKey), Long.toString(created.id()), Map.of(), json);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(RecordEvents.SOURCE, created.source());
        payload.put(RecordEvents.ID, created.id());
        payload.put(RecordEvents.VERSION, created.version());
        payload.put(RecordEvents.VALUES, json);
        events.publish(RecordEvents.CREATED, payload);
        added++;
      }
      return added;
    });
  }

  /** The sample with {@code "$me"} replaced by the installing user, or left out without one. */
  private static JsonObject withUser(JsonObject sample, Long userId) {
    JsonObjectBuilder copy = JSON.createObjectBuilder();
    sample.forEach((name, value) -> {
      if (value.getValueType() == JsonValue.ValueType.STRING && ME.equals(((jakarta.json.JsonString) value).getString())) {
        if (userId != null) {
          copy.add(name, userId);
        }
      } else {
        copy.add(name, value);
      }
    });
    return copy.build();
  }

  private static String text(JsonObject json, String member, Locale locale) {
    JsonObject byLanguage = json.getJsonObject(member);
    Map<String, String> texts = new LinkedHashMap<>();
    byLanguage.forEach((language, value) -> texts.put(language, ((jakarta.json.JsonString) value).getString()));
    return new LocalizedText(texts).in(locale);
  }

  private static JsonObject read(String id) {
    String resource = "/io/atrium/forms/templates/" + id + ".json";
    try (InputStream in = DefaultAppTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The template " + resource + " is missing from the bundle");
      }
      try (JsonReader reader = JSON.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
