package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormDraft;
import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormSummary;
import io.atrium.forms.FormVersion;
import io.atrium.forms.PublishPreview;
import io.atrium.forms.PublishRefusedException;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.json.InvalidSchemaException;
import io.atrium.forms.schema.json.SchemaProblem;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code forms/designer.xhtml?form=<key>}: hands the draft's schema JSON to the designer
 * script, saves what the script posts back (the server validates; problems go back with their JSON
 * paths), previews and publishes, and lists the versions.
 */
@Component(service = DesignerController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsDesigner", scope = ControllerScope.VIEW)
public class DesignerController {

  private final FormCatalog catalog;
  private final CurrentUser user;
  private String key;
  private FormDraft draft;
  private String schemaJson;
  private String intent;
  private boolean saved;
  private String problemsJson = "[]";
  private PublishPreview preview;
  private List<FormVersion> versions;

  /** Declarative Services injects the catalog and the caller. */
  @Activate
  public DesignerController(@Reference FormCatalog catalog, @Reference CurrentUser user) {
    this.catalog = catalog;
    this.user = user;
  }

  /** Reads the form of the request; 403 without forms:design, 404 for an unknown form. */
  public void load() {
    if (draft != null) {
      return;
    }
    if (!user.isPermitted(FormPermissions.DESIGN)) {
      Pages.fail(403);
      return;
    }
    key = Pages.formKey();
    Optional<FormDraft> found = key == null ? Optional.empty() : catalog.draft(key);
    if (found.isEmpty()) {
      Pages.fail(404);
      return;
    }
    draft = found.get();
    schemaJson = draft.schemaJson();
  }

  public String getKey() {
    return key;
  }

  /** The form's name in the page's language. */
  public String getName() {
    return draft == null ? "" : draft.schema().name().in(user.locale());
  }

  /** The version now published, 0 while never published. */
  public int getPublishedVersion() {
    return draft == null ? 0 : draft.publishedVersion();
  }

  /** The schema JSON the script edits; posted back by the save. */
  public String getSchemaJson() {
    return schemaJson;
  }

  public void setSchemaJson(String schemaJson) {
    this.schemaJson = schemaJson;
  }

  /** What the script wants after saving: {@code save} or {@code publish}. */
  public String getIntent() {
    return intent;
  }

  public void setIntent(String intent) {
    this.intent = intent;
  }

  /** Whether the last save went through. */
  public boolean isSaved() {
    return saved;
  }

  /** The problems of the last save as JSON: [{"path": ..., "message": ...}]. */
  public String getProblemsJson() {
    return problemsJson;
  }

  /** Saves the posted schema as the draft; on "publish" also computes what publishing would do. */
  public void save() {
    saved = false;
    preview = null;
    problemsJson = "[]";
    try {
      draft = catalog.saveDraft(key, schemaJson);
      schemaJson = draft.schemaJson();
      saved = true;
      if ("publish".equals(intent)) {
        preview = catalog.preview(key);
      } else {
        Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), "forms.designer.saved"));
      }
    } catch (FormNotFoundException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.designer.error.gone", key));
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    } catch (InvalidSchemaException e) {
      problemsJson = problemsJson(e, user.locale());
      Pages.message(null, FacesMessage.SEVERITY_ERROR,
          Pages.text(user.locale(), "forms.designer.problems", e.problems().size()));
    }
  }

  /** The problems of a refused schema for the script: [{"path": ..., "message": ...}] in a language. */
  static String problemsJson(InvalidSchemaException refusal, Locale locale) {
    List<Map<String, String>> problems = new ArrayList<>();
    for (SchemaProblem problem : refusal.problems()) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("path", problem.path());
      entry.put("message", problem.message(locale));
      problems.add(entry);
    }
    return Json.write(problems);
  }

  /** What publishing the saved draft would do, after a save with intent "publish"; else null. */
  public PublishPreview getPreview() {
    return preview;
  }

  /** Publishes the draft the preview was shown for. */
  public void publish() {
    try {
      PublishedForm published = catalog.publish(key);
      preview = null;
      versions = null;
      draft = catalog.draft(key).orElse(draft);
      Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), "forms.designer.published", published.version()));
    } catch (PublishRefusedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.designer.refused", e.getMessage()));
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    }
  }

  /** The published versions, newest first, with what changed in each. */
  public List<FormVersion> getVersions() {
    if (versions == null) {
      versions = key == null ? List.of() : catalog.versions(key);
    }
    return versions;
  }

  /** What the designer script needs besides the schema: its texts and the forms a lookup can use. */
  public String getConfigJson() {
    Locale locale = user.locale();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("texts", PageTexts.withPrefix(locale, "forms.designer.js."));
    config.put("palette", Palette.groups());
    config.put("language", locale.toLanguageTag());
    List<Map<String, Object>> lookups = new ArrayList<>();
    for (FormSummary form : catalog.forms()) {
      if (form.key().equals(key) || form.publishedVersion() == 0) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("key", form.key());
      entry.put("name", form.name());
      List<Map<String, String>> fields = new ArrayList<>();
      catalog.published(form.key()).ifPresent(published -> {
        for (FieldDefinition field : published.schema().fields()) {
          if (Palette.displayable(field.type())) {
            fields.add(Map.of("name", field.name(), "label", field.label().in(locale)));
          }
        }
      });
      entry.put("fields", fields);
      lookups.add(entry);
    }
    config.put("lookupForms", lookups);
    return Json.write(config);
  }
}
