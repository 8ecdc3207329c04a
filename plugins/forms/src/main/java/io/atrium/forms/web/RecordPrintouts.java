package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.RecordPrints;
import io.atrium.forms.print.DefaultTemplate;
import io.atrium.forms.print.InvalidTemplateException;
import io.atrium.forms.print.PrintPage;
import io.atrium.forms.print.PrintTemplate;
import io.atrium.forms.print.PrintValues;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.validation.RichTextSanitizer;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.pdf.PdfRenderer;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.time.AtriumClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@link RecordPrints}: fills a record, read through {@link FormRecords} (so view permission, row
 * scope and field access hold), into its form's template, values formatted as on the record page.
 */
@Component(service = RecordPrints.class)
public class RecordPrintouts implements RecordPrints {

  /** Pictures embedded in a printout; other types print as their file name. */
  private static final Set<String> PRINTABLE_IMAGES = Set.of("image/png", "image/jpeg", "image/gif");

  /** Larger pictures print as their file name: a printout is no place for a 10 MB photo. */
  private static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(RecordPrintouts.class.getName());

  private final FormCatalog catalog;
  private final FormRecords records;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final Directory directory;
  private final BlobStore blobs;
  private final PdfRenderer pdf;
  private final PrintTemplates templates;

  /** Declarative Services injects the facades and host services. */
  @Activate
  public RecordPrintouts(@Reference FormCatalog catalog, @Reference FormRecords records, @Reference CurrentUser user,
      @Reference AtriumClock clock, @Reference Directory directory, @Reference PluginPersistence persistence,
      @Reference Transactions transactions, @Reference PdfRenderer pdf,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
      BlobStore blobs) {
    this.catalog = catalog;
    this.records = records;
    this.user = user;
    this.clock = clock;
    this.directory = directory;
    this.blobs = blobs;
    this.pdf = pdf;
    this.templates = new PrintTemplates(persistence, transactions);
  }

  @Override
  public Template template(String formKey) {
    PublishedForm form = designable(formKey);
    Optional<String> saved = templates.find(formKey);
    return new Template(saved.orElseGet(() -> DefaultTemplate.of(form.schema(), user.locale())), saved.isPresent(),
        PrintTemplate.placeholders(form.schema()));
  }

  @Override
  public void saveTemplate(String formKey, String text) {
    PublishedForm form = designable(formKey);
    PrintTemplate.parse(text, form.schema());
    templates.save(formKey, text, user.userId().orElse(null), clock.now());
  }

  @Override
  public void resetTemplate(String formKey) {
    designable(formKey);
    templates.delete(formKey);
  }

  @Override
  public Printout preview(String formKey, String text) {
    PublishedForm form = designable(formKey);
    PrintTemplate template = PrintTemplate.parse(text, form.schema());
    Optional<RecordData> newest = user.isPermitted(FormPermissions.of(formKey, "view"))
        ? records.list(formKey, RecordQuery.all().orderBy("createdAt", false).page(0, 1), null).records().stream()
            .findFirst()
        : Optional.empty();
    return fill(form, template, newest.orElse(null));
  }

  @Override
  public Optional<Printout> printout(String formKey, long id) {
    // an unknown form is no record (404), as for the other record calls; a known one needs view (403)
    Optional<PublishedForm> form = catalog.published(formKey);
    if (form.isEmpty()) {
      return Optional.empty();
    }
    String permission = FormPermissions.of(formKey, "view");
    if (!user.isPermitted(permission)) {
      throw new AccessDeniedException(permission);
    }
    return records.get(formKey, id).map(record -> fill(form.get(), templateOf(form.get()), record));
  }

  @Override
  public Optional<byte[]> pdf(String formKey, long id) {
    return printout(formKey, id).map(printout -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.render(PrintPage.document(printout.title(), printout.body()), out);
      return out.toByteArray();
    });
  }

  private PublishedForm designable(String formKey) {
    if (!user.isPermitted(FormPermissions.DESIGN)) {
      throw new AccessDeniedException(FormPermissions.DESIGN);
    }
    return catalog.published(formKey).orElseThrow(() -> new FormNotFoundException(
        FormsTexts.text(user.locale(), "forms.print.not-published", formKey)));
  }

  /** The saved template, or the default one when there is none or a later publish made it invalid. */
  private PrintTemplate templateOf(PublishedForm form) {
    String key = form.schema().key();
    Optional<String> saved = templates.find(key);
    if (saved.isPresent()) {
      try {
        return PrintTemplate.parse(saved.get(), form.schema());
      } catch (InvalidTemplateException e) {
        LOG.log(Level.WARNING, "The print template of form " + key + " no longer fits its published schema ("
            + e.getMessage() + "); records print with the default template until a designer fixes it");
      }
    }
    return PrintTemplate.parse(DefaultTemplate.of(form.schema(), user.locale()), form.schema());
  }

  private Printout fill(PublishedForm form, PrintTemplate template, RecordData record) {
    Locale locale = user.locale();
    String name = form.schema().name().in(locale);
    String title = record == null ? name : name + " " + (record.serial() != null ? record.serial() : "#" + record.id());
    return new Printout(title, template.render(values(form, record, locale)));
  }

  /** The record's values as the template sees them; without the fields the caller may not read. */
  private PrintValues values(PublishedForm form, RecordData record, Locale locale) {
    DirectoryChoices people = new DirectoryChoices(directory);
    ValueFormatter formatter = new ValueFormatter(locale, clock.zone(), people, new BuiltInRegions(), blobs);
    Map<String, FieldAccess> access = records.fieldAccess(form.schema().key());
    Map<String, String> values = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    Map<String, String> markup = new HashMap<>();
    Map<String, List<PrintValues>> lines = new HashMap<>();
    values.put("_form", form.schema().name().in(locale));
    values.put("_printedBy", user.userId().map(people::personName).orElse(user.username().orElse("")));
    values.put("_printedAt", formatter.instant(clock.now()));
    if (record != null) {
      values.put("_serial", record.serial() == null ? "" : record.serial());
      values.put("_id", String.valueOf(record.id()));
      values.put("_status", Pages.text(locale, "forms.ui.status." + record.status().name()));
      values.put("_owner", record.ownerId() == null ? "" : people.personName(record.ownerId()));
      values.put("_department", record.departmentId() == null ? "" : people.departmentName(record.departmentId()));
      values.put("_createdBy", record.createdBy() == null ? "" : people.personName(record.createdBy()));
      values.put("_createdAt", formatter.instant(record.createdAt()));
      values.put("_updatedBy", record.updatedBy() == null ? "" : people.personName(record.updatedBy()));
      values.put("_updatedAt", formatter.instant(record.updatedAt()));
    }
    for (FieldDefinition field : form.schema().fields()) {
      if (!access.getOrDefault(field.name(), FieldAccess.WRITE).readable()) {
        continue; // hidden from the caller: no value, no label, so it prints nothing
      }
      labels.put(field.name(), field.label().in(locale));
      Object value = record == null ? null : record.value(field.name());
      if (field.type() == FieldType.SUBTABLE) {
        field.fields().forEach(f -> labels.put(field.name() + "." + f.name(), f.label().in(locale)));
        lines.put(field.name(), lines(field, value, formatter, locale));
      } else {
        put(field, value, formatter, values, markup);
      }
    }
    return new PrintValues(values, labels, markup, lines);
  }

  private List<PrintValues> lines(FieldDefinition table, Object value, ValueFormatter formatter, Locale locale) {
    if (!(value instanceof Collection<?> rows)) {
      return List.of();
    }
    List<PrintValues> lines = new ArrayList<>();
    int index = 1;
    for (Object row : rows) {
      Map<String, String> values = new HashMap<>();
      Map<String, String> labels = new HashMap<>();
      Map<String, String> markup = new HashMap<>();
      values.put(PrintTemplate.INDEX, String.valueOf(index++));
      for (FieldDefinition field : table.fields()) {
        labels.put(field.name(), field.label().in(locale));
        put(field, row instanceof Map<?, ?> cells ? cells.get(field.name()) : null, formatter, values, markup);
      }
      lines.add(new PrintValues(values, labels, markup, Map.of()));
    }
    return lines;
  }

  /** One field's value: pictures and rich text as checked markup, everything else as text. */
  private void put(FieldDefinition field, Object value, ValueFormatter formatter, Map<String, String> values,
      Map<String, String> markup) {
    if (value != null && (field.type() == FieldType.IMAGE || field.type() == FieldType.SIGNATURE)) {
      Collection<?> ids = value instanceof Collection<?> c ? c : List.of(value);
      StringBuilder images = new StringBuilder();
      for (Object id : ids) {
        images.append(image(String.valueOf(id)).orElseGet(() -> PrintTemplate.escape(formatter.fileName(
            String.valueOf(id))) + " "));
      }
      markup.put(field.name(), images.toString().strip());
    } else if (value != null && field.type() == FieldType.RICHTEXT) {
      // sanitised on every write already; again here, and written as markup only when it is well-formed XHTML
      String html = RichTextSanitizer.sanitize(value.toString());
      if (PrintTemplate.wellFormed(html)) {
        markup.put(field.name(), html);
      } else {
        values.put(field.name(), ValueFormatter.stripTags(html));
      }
    } else {
      values.put(field.name(), formatter.format(field, value));
    }
  }

  /** A stored picture as an {@code <img>} with a data URI; empty when it is none or cannot be read. */
  private Optional<String> image(String blobId) {
    if (blobs == null) {
      return Optional.empty();
    }
    try {
      Optional<StoredBlob> blob = blobs.find(blobId);
      if (blob.isEmpty() || !PRINTABLE_IMAGES.contains(blob.get().mediaType()) || blob.get().size() > MAX_IMAGE_BYTES) {
        return Optional.empty();
      }
      try (InputStream in = blobs.open(blobId)) {
        String data = Base64.getEncoder().encodeToString(in.readAllBytes());
        return Optional.of("<img class=\"ap-image\" alt=\"" + PrintTemplate.escape(blob.get().filename())
            + "\" src=\"data:" + blob.get().mediaType() + ";base64," + data + "\"/>");
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Picture " + blobId + " cannot be printed", e);
      return Optional.empty();
    }
  }
}
