package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.validation.RichTextSanitizer;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code forms/record.xhtml?form=<key>&id=<id>}: a record with every field the caller may
 * read, its sub-tables and attachments, and the way to edit it.
 */
@Component(service = RecordController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsRecord", scope = ControllerScope.VIEW)
public class RecordController {

  private final FormCatalog catalog;
  private final FormRecords records;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final DirectoryChoices directory;
  private final BlobStore blobs;
  private String key;
  private PublishedForm form;
  private RecordData record;
  private List<DetailSection> sections;

  /** Declarative Services injects the facades and host services. */
  @Activate
  public RecordController(@Reference FormCatalog catalog, @Reference FormRecords records, @Reference CurrentUser user,
      @Reference Directory directory, @Reference AtriumClock clock,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
      BlobStore blobs) {
    this.catalog = catalog;
    this.records = records;
    this.user = user;
    this.clock = clock;
    this.blobs = blobs;
    this.directory = new DirectoryChoices(directory);
  }

  /** Reads the record of the request; 404 when there is none the caller may see, 403 without the permission. */
  public void load() {
    if (record != null) {
      return;
    }
    key = Pages.formKey();
    Long id = Pages.longParam("id");
    // no record id is no record: 404 as for an unknown form
    Optional<PublishedForm> published = Pages.permittedForm(catalog, user, id == null ? null : key, "view");
    if (published.isEmpty()) {
      return;
    }
    Optional<RecordData> found = records.get(key, id);
    if (found.isEmpty()) {
      Pages.fail(404);
      return;
    }
    form = published.get();
    record = found.get();
    sections = build();
  }

  private List<DetailSection> build() {
    Locale locale = user.locale();
    ValueFormatter formatter = formatter();
    Map<String, FieldAccess> access = records.fieldAccess(key);
    List<DetailSection> list = new ArrayList<>();
    for (FormSection section : form.schema().sections()) {
      List<DetailView> fields = new ArrayList<>();
      for (FieldDefinition field : section.fields()) {
        if (!access.getOrDefault(field.name(), FieldAccess.WRITE).readable()) {
          continue;
        }
        Object value = record.value(field.name());
        List<String> headers = field.fields().stream().map(f -> f.label().in(locale)).toList();
        List<FileLink> files = List.of();
        if (field.type().valueType() == io.atrium.sdk.record.RecordFieldType.FILE && value != null) {
          Collection<?> ids = value instanceof Collection<?> c ? c : List.of(value);
          files = ids.stream().map(v -> link(field, formatter, String.valueOf(v))).toList();
        }
        // sanitised on every write already; again here, so no stored markup reaches the page unchecked
        String html = field.type() == FieldType.RICHTEXT && value != null ? RichTextSanitizer.sanitize(value.toString())
            : null;
        fields.add(new DetailView(field.name(), field.type().jsonName(), field.label().in(locale),
            formatter.format(field, value), field.span(), headers, formatter.lines(field, value), files, html));
      }
      list.add(new DetailSection(section.title() == null ? "" : section.title().in(locale), section.columns(), fields));
    }
    return list;
  }

  /** The page-side download of a file ({@code file.xhtml}); images also get an inline thumbnail. */
  private FileLink link(FieldDefinition field, ValueFormatter formatter, String blobId) {
    String url = "file.xhtml?form=" + key + "&id=" + record.id() + "&blob="
        + java.net.URLEncoder.encode(blobId, java.nio.charset.StandardCharsets.UTF_8);
    boolean image = field.type() == FieldType.IMAGE || field.type() == FieldType.SIGNATURE;
    return new FileLink(formatter.fileName(blobId), url, image ? url + "&inline=true" : null);
  }

  private ValueFormatter formatter() {
    return new ValueFormatter(user.locale(), clock.zone(), directory, new BuiltInRegions(), blobs);
  }

  public String getKey() {
    return key;
  }

  /** The form's name in the page's language. */
  public String getName() {
    return form == null ? "" : form.schema().name().in(user.locale());
  }

  /** The record. */
  public RecordData getRecord() {
    return record;
  }

  /** The record's title: its serial number, or its id. */
  public String getTitle() {
    return record == null ? "" : record.serial() != null ? record.serial() : "#" + record.id();
  }

  /** The sections with the readable fields. */
  public List<DetailSection> getSections() {
    return sections == null ? List.of() : sections;
  }

  /** The record's status in the page's language. */
  public String getStatus() {
    return record == null ? "" : Pages.text(user.locale(), "forms.ui.status." + record.status().name());
  }

  /** Who created the record. */
  public String getCreatedBy() {
    return record == null || record.createdBy() == null ? "" : directory.personName(record.createdBy());
  }

  /** Who changed it last. */
  public String getUpdatedBy() {
    return record == null || record.updatedBy() == null ? "" : directory.personName(record.updatedBy());
  }

  /** When it was created. */
  public String getCreatedAt() {
    return record == null ? "" : formatter().instant(record.createdAt());
  }

  /** When it last changed. */
  public String getUpdatedAt() {
    return record == null ? "" : formatter().instant(record.updatedAt());
  }

  /** Whether the caller may edit it (not while it is in the recycle bin). */
  public boolean isMayEdit() {
    return record != null && !record.deleted() && user.isPermitted(FormPermissions.of(key, "edit"));
  }
}
