package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.validation.ClientRules;
import io.atrium.forms.validation.FormLogic;
import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobRefusedException;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordConflictException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Backs {@code forms/fill.xhtml?form=<key>[&id=<id>]}: renders the published schema with an input
 * per field, saves a draft or submits a new record, or saves changes to an existing one with its
 * version (a concurrent change is reported, never overwritten). The facade validates; its
 * problems are shown at their fields.
 */
@Component(service = FillController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsFill", scope = ControllerScope.VIEW)
public class FillController {

  /** Largest drawn signature accepted when the field sets no limit. */
  static final long SIGNATURE_BYTES = 512 * 1024;
  /** Largest uploaded file accepted when the field sets no limit. */
  static final long FILE_BYTES = 20L << 20;
  private static final String PNG_DATA = "data:image/png;base64,";

  private final FormCatalog catalog;
  private final FormRecords records;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final BlobStore blobs;
  private final Expressions expressions;
  private final DirectoryChoices directory;
  private final RegionSource regions = new BuiltInRegions();
  private String key;
  private Long id;
  private long version;
  private RecordStatus status;
  private PublishedForm form;
  private List<SectionView> sections;
  private final Map<String, FieldInput> inputs = new LinkedHashMap<>();
  private final Map<String, List<String>> problems = new HashMap<>();
  private final Map<String, String> lookupLabels = new HashMap<>();
  private List<Choice> departments;
  private boolean conflict;
  private String clientJson;

  /** Declarative Services injects the facades and host services; the blob store is optional. */
  @Activate
  public FillController(@Reference FormCatalog catalog, @Reference FormRecords records, @Reference CurrentUser user,
      @Reference Directory directory, @Reference AtriumClock clock, @Reference Expressions expressions,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
      BlobStore blobs) {
    this.expressions = expressions;
    this.catalog = catalog;
    this.records = records;
    this.user = user;
    this.clock = clock;
    this.blobs = blobs;
    this.directory = new DirectoryChoices(directory);
  }

  /** Reads the form (and the record to edit); 404 for an unknown one, 403 without the permission. */
  public void load() {
    if (form != null) {
      return;
    }
    key = Pages.formKey();
    id = Pages.longParam("id");
    Optional<PublishedForm> published = Pages.permittedForm(catalog, user, key, id == null ? "create" : "edit");
    if (published.isEmpty()) {
      return;
    }
    RecordData record = null;
    if (id != null) {
      Optional<RecordData> found = records.get(key, id);
      if (found.isEmpty() || found.get().deleted()) {
        Pages.fail(404);
        return;
      }
      record = found.get();
    }
    form = published.get();
    build(record);
  }

  private void build(RecordData record) {
    Map<String, FieldAccess> access = records.fieldAccess(key);
    inputs.clear();
    List<SectionView> views = new ArrayList<>();
    Locale locale = user.locale();
    for (FormSection section : form.schema().sections()) {
      List<FieldInput> sectionInputs = new ArrayList<>();
      for (FieldDefinition field : section.fields()) {
        FieldAccess fieldAccess = access.getOrDefault(field.name(), FieldAccess.WRITE);
        if (!fieldAccess.readable()) {
          continue;
        }
        FieldInput input = new FieldInput(field, clock.zone());
        input.setReadOnly(!fieldAccess.writable());
        if (record == null) {
          input.applyDefault();
        } else {
          input.setValue(record.value(field.name()));
        }
        inputs.put(field.name(), input);
        sectionInputs.add(input);
      }
      views.add(new SectionView(section.title() == null ? "" : section.title().in(locale), section.columns(),
          sectionInputs));
    }
    sections = views;
    if (record != null) {
      version = record.version();
      status = record.status();
    }
  }

  public String getKey() {
    return key;
  }

  public Long getId() {
    return id;
  }

  /** Whether the page edits an existing record. */
  public boolean isEditing() {
    return id != null;
  }

  /** Whether the record being edited is still a draft. */
  public boolean isDraft() {
    return status == null || status == RecordStatus.DRAFT;
  }

  /** The form's name in the page's language. */
  public String getName() {
    return form == null ? "" : form.schema().name().in(user.locale());
  }

  /** The form's description, or empty. */
  public String getDescription() {
    return form == null || form.schema().description() == null ? "" : form.schema().description().in(user.locale());
  }

  /** The sections with the inputs the caller may see. */
  public List<SectionView> getSections() {
    return sections == null ? List.of() : sections;
  }

  /** A field's label in the page's language. */
  public String label(FieldDefinition field) {
    return field.label().in(user.locale());
  }

  /** A field's help text, or empty. */
  public String help(FieldDefinition field) {
    return field.help() == null ? "" : field.help().in(user.locale());
  }

  /** A field's placeholder, or empty. */
  public String placeholder(FieldDefinition field) {
    return field.placeholder() == null ? "" : field.placeholder().in(user.locale());
  }

  /** The choices of an option field. */
  public List<Choice> options(FieldDefinition field) {
    Locale locale = user.locale();
    return field.options().stream().map(o -> new Choice(o.value(), o.label().in(locale))).toList();
  }

  /** Every department, for department pickers. */
  public List<Choice> getDepartments() {
    if (departments == null) {
      departments = directory.departments();
    }
    return departments;
  }

  /** People matching what was typed into a user picker (ids as text). */
  public List<String> people(String text) {
    return directory.people(text);
  }

  /** The label of a user id in a user picker. */
  public String personLabel(String userId) {
    return userId == null || userId.isBlank() ? "" : directory.personName(userId);
  }

  /**
   * Records of the lookup field's form matching what was typed (ids as text); the field's name
   * comes from the autocomplete's {@code field} attribute.
   */
  public List<String> lookup(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object name = UIComponent.getCurrentComponent(faces).getAttributes().get("field");
    FieldDefinition field = fieldNamed(name == null ? null : name.toString());
    if (field == null || field.lookupForm() == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    try {
      for (RecordData hit : records.list(field.lookupForm(), RecordQuery.all().page(0, 20),
          text == null || text.isBlank() ? null : text.strip()).records()) {
        lookupLabels.put(field.lookupForm() + "#" + hit.id(), recordLabel(field, hit));
        ids.add(Long.toString(hit.id()));
      }
    } catch (AccessDeniedException e) {
      return List.of();
    }
    return ids;
  }

  /** What a chosen record of a lookup field reads as. */
  public String lookupLabel(FieldDefinition field, String recordId) {
    if (recordId == null || recordId.isBlank() || field.lookupForm() == null) {
      return "";
    }
    return lookupLabels.computeIfAbsent(field.lookupForm() + "#" + recordId, k -> {
      try {
        return records.get(field.lookupForm(), Long.parseLong(recordId)).map(r -> recordLabel(field, r))
            .orElse("#" + recordId);
      } catch (RuntimeException e) {
        return "#" + recordId;
      }
    });
  }

  private static String recordLabel(FieldDefinition field, RecordData record) {
    Object display = field.lookupDisplayField() == null ? null : record.value(field.lookupDisplayField());
    if (display != null) {
      return display.toString();
    }
    return record.serial() != null ? record.serial() : "#" + record.id();
  }

  /** A top-level field, or a line field of a sub-table, by name. */
  private FieldDefinition fieldNamed(String name) {
    if (name == null || form == null) {
      return null;
    }
    for (FieldDefinition field : form.schema().fields()) {
      if (field.name().equals(name)) {
        return field;
      }
      for (FieldDefinition line : field.fields()) {
        if (line.name().equals(name)) {
          return line;
        }
      }
    }
    return null;
  }

  /** Whether the caller may list the form's records. */
  public boolean isMayView() {
    return key != null && user.isPermitted(FormPermissions.of(key, "view"));
  }

  /** The provinces, cities or districts under a code (the provinces for null or blank). */
  public List<Choice> regions(String parentCode) {
    if (parentCode != null && parentCode.isBlank()) {
      return List.of();
    }
    return regions.children(parentCode).stream().map(r -> new Choice(r.code(), r.name())).toList();
  }

  /** Whether a region field goes down to cities (1) or districts (2). */
  public boolean regionDeeper(FieldDefinition field, int level) {
    String depth = field.regionLevel() == null ? "district" : field.regionLevel();
    return level == 1 ? !depth.equals("province") : depth.equals("district");
  }

  /** The display text of a read-only field (serial, formula, or one the caller may only read). */
  public String display(FieldInput input) {
    ValueFormatter formatter = new ValueFormatter(user.locale(), clock.zone(), directory, regions, blobs);
    String text = formatter.format(input.getField(), input.value() == null ? storedDisplay(input) : input.value());
    if (text.isEmpty() && input.getField().type() == FieldType.SERIAL) {
      return Pages.text(user.locale(), "forms.ui.fill.serial-later");
    }
    if (text.isEmpty() && input.getField().type() == FieldType.FORMULA) {
      return Pages.text(user.locale(), "forms.ui.fill.formula-later");
    }
    return text;
  }

  private Object storedDisplay(FieldInput input) {
    return input.getField().type() == FieldType.FORMULA ? input.getNumber() : input.getText();
  }

  /** A file's name, for the list of attached files. */
  public String fileName(String blobId) {
    return new ValueFormatter(user.locale(), clock.zone(), directory, regions, blobs).fileName(blobId);
  }

  /** The server's messages about a field (for sub-tables also those about their lines). */
  public List<String> problems(String field) {
    return problems.getOrDefault(field, List.of());
  }

  /** Whether the server refused a field's value. */
  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  /** Whether the last save met a concurrent change. */
  public boolean isConflict() {
    return conflict;
  }

  /**
   * What the browser needs to apply the rules and show the server's messages early: the schema's
   * limits, rules and messages as {@link ClientRules} gives them, in the caller's language.
   */
  public String getClientJson() {
    if (clientJson == null) {
      clientJson = form == null ? "{}" : ClientRules.toJson(FormLogic.compile(form.schema(), expressions),
          user.locale()).toString();
    }
    return clientJson;
  }

  /** The texts of the browser's early checks. */
  public String getClientTextsJson() {
    return Json.write(PageTexts.withPrefix(user.locale(), "forms.ui.js."));
  }

  /** Adds an empty line to a sub-table. */
  public void addLine(FieldInput table) {
    table.addLine();
  }

  /** Removes a line of a sub-table. */
  public void removeLine(FieldInput table, FieldInput.Line line) {
    table.removeLine(line);
  }

  /** Saves a new record as a draft (no required checks, no serial number). */
  public void saveDraft() {
    save(false);
  }

  /** Submits a new record or an edited draft, or saves the changes of the edited record. */
  public void submit() {
    save(true);
  }

  private void save(boolean submit) {
    problems.clear();
    conflict = false;
    if (!storeFiles()) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.fill.invalid",
          problems.size()));
      return;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    inputs.forEach((name, input) -> {
      if (!input.isReadOnly()) {
        values.put(name, input.value());
      }
    });
    try {
      // an edited draft is submitted with its changes in one step; saving it again keeps it a draft
      boolean submitDraft = id != null && submit && isDraft();
      RecordData saved = id == null ? records.create(key, values, submit)
          : submitDraft ? records.submit(key, id, version, values) : records.update(key, id, version, values);
      Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), id == null || submitDraft
          ? (submit ? "forms.ui.fill.submitted" : "forms.ui.fill.drafted") : "forms.ui.fill.updated"));
      Pages.redirect("record.xhtml?form=" + key + "&id=" + saved.id());
    } catch (RecordValidationException e) {
      for (FieldProblem problem : e.problems()) {
        String field = topField(problem.field());
        String text = field.equals(problem.field()) ? problem.message()
            : lineLabel(problem) + problem.message();
        problems.computeIfAbsent(field, k -> new ArrayList<>()).add(text);
      }
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.fill.invalid", e.problems().size()));
    } catch (RecordConflictException e) {
      // the conflict panel says what happened and offers the reload
      conflict = true;
    } catch (io.atrium.forms.NotADraftException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    }
  }

  /** The top-level field of a problem's field path, e.g. {@code items} for {@code items[2].price}. */
  static String topField(String path) {
    int bracket = path.indexOf('[');
    int dot = path.indexOf('.');
    int end = bracket < 0 ? dot : dot < 0 ? bracket : Math.min(bracket, dot);
    return end < 0 ? path : path.substring(0, end);
  }

  private String lineLabel(FieldProblem problem) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]\\.?(.*)").matcher(
        problem.field().substring(topField(problem.field()).length()));
    if (!m.matches()) {
      return problem.label() + ": ";
    }
    return Pages.text(user.locale(), "forms.ui.fill.line", Integer.parseInt(m.group(1)) + 1, problem.label()) + ": ";
  }

  /** Stores chosen files and drawn signatures in the blob store; false when one was refused. */
  private boolean storeFiles() {
    boolean ok = true;
    for (FieldInput input : inputs.values()) {
      if (input.isReadOnly()) {
        continue;
      }
      FieldType type = input.getField().type();
      if ((type == FieldType.ATTACHMENT || type == FieldType.IMAGE) && input.getUploads() != null) {
        ok &= attachFiles(input, input.getUploads());
        input.setUploads(null);
      } else if (type == FieldType.SIGNATURE && input.getSignatureData() != null
          && input.getSignatureData().startsWith(PNG_DATA)) {
        ok &= storeSignature(input);
      }
    }
    return ok;
  }

  /**
   * Stores uploaded files of an attachment or image field in the kernel's blob store and adds their
   * ids to the field; the blob store checks size and the type found in the content.
   */
  boolean attachFiles(FieldInput input, java.util.Collection<Part> parts) {
    FieldDefinition field = input.getField();
    List<Part> chosen = parts.stream().filter(p -> p.getSize() > 0).toList();
    if (chosen.isEmpty()) {
      return true;
    }
    if (blobs == null) {
      problems.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(Pages.text(user.locale(), "forms.ui.fill.no-blobs"));
      return false;
    }
    int limit = field.maxFiles() == null ? Integer.MAX_VALUE : field.maxFiles();
    if (input.getFiles().size() + chosen.size() > limit) {
      problems.computeIfAbsent(field.name(), k -> new ArrayList<>())
          .add(Pages.text(user.locale(), "forms.ui.fill.too-many-files", limit));
      return false;
    }
    BlobPolicy policy = new BlobPolicy(field.maxFileBytes() == null ? FILE_BYTES : field.maxFileBytes(),
        field.type() == FieldType.IMAGE && field.mediaTypes().isEmpty() ? BlobPolicy.IMAGES.mediaTypes()
            : field.mediaTypes());
    for (Part part : chosen) {
      try (InputStream content = part.getInputStream()) {
        input.getFiles().add(blobs.store(part.getSubmittedFileName(), content, policy).id());
      } catch (BlobRefusedException e) {
        problems.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(e.getMessage());
        return false;
      } catch (IOException e) {
        problems.computeIfAbsent(field.name(), k -> new ArrayList<>())
            .add(Pages.text(user.locale(), "forms.ui.fill.upload-failed", part.getSubmittedFileName()));
        return false;
      }
    }
    return true;
  }

  private boolean storeSignature(FieldInput input) {
    FieldDefinition field = input.getField();
    if (blobs == null) {
      problems.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(Pages.text(user.locale(), "forms.ui.fill.no-blobs"));
      return false;
    }
    try {
      byte[] png = Base64.getDecoder().decode(input.getSignatureData().substring(PNG_DATA.length()));
      long max = field.maxFileBytes() == null ? SIGNATURE_BYTES : field.maxFileBytes();
      input.setText(blobs.store(field.name() + ".png", new ByteArrayInputStream(png),
          new BlobPolicy(max, java.util.Set.of("image/png"))).id());
      input.setSignatureData(null);
      return true;
    } catch (BlobRefusedException | IllegalArgumentException e) {
      problems.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(e.getMessage());
      return false;
    }
  }

  /** Removes an attached file from a field (the blob stays until the record no longer names it). */
  public void removeFile(FieldInput input, String blobId) {
    input.getFiles().remove(blobId);
  }
}
