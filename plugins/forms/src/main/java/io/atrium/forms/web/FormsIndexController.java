package io.atrium.forms.web;

import io.atrium.forms.AppTemplate;
import io.atrium.forms.AppTemplates;
import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormExistsException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormSummary;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Backs {@code forms/index.xhtml}: the forms the caller may design or use, and a new form. */
@Component(service = FormsIndexController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsIndex", scope = ControllerScope.VIEW)
public class FormsIndexController {

  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private final FormCatalog catalog;
  private final CurrentUser user;
  private final AppTemplates templates;
  private List<FormSummary> forms;
  private List<AppTemplate> templateList;
  private String templateId;
  private String templateKey;
  private boolean sampleData = true;
  private String newKey;
  private String newName;
  private String error;

  /** Declarative Services injects the catalog, the templates and the caller. */
  @Activate
  public FormsIndexController(@Reference FormCatalog catalog, @Reference AppTemplates templates,
      @Reference CurrentUser user) {
    this.catalog = catalog;
    this.templates = templates;
    this.user = user;
  }

  /** The forms, by name; read once per view. */
  public List<FormSummary> getForms() {
    if (forms == null) {
      try {
        forms = catalog.forms();
      } catch (RuntimeException e) {
        error = Pages.text(user.locale(), "forms.ui.error.list", e.getMessage());
        forms = List.of();
      }
    }
    return forms;
  }

  /** Why the list could not be read, or null. */
  public String getError() {
    return error;
  }

  /** Whether the caller may create and change forms. */
  public boolean isDesigner() {
    return user.isPermitted(FormPermissions.DESIGN);
  }

  /** Whether the caller may fill the form. */
  public boolean mayCreate(FormSummary form) {
    return form.publishedVersion() > 0 && user.isPermitted(FormPermissions.of(form.key(), "create"));
  }

  /** Whether the caller may list the form's records. */
  public boolean mayView(FormSummary form) {
    return form.publishedVersion() > 0 && user.isPermitted(FormPermissions.of(form.key(), "view"));
  }

  /** The one-click app templates offered to designers, in the caller's language; read once per view. */
  public List<AppTemplate> getTemplates() {
    if (templateList == null) {
      templateList = isDesigner() ? templates.list(user.locale()) : List.of();
    }
    return templateList;
  }

  public String getTemplateId() {
    return templateId;
  }

  public void setTemplateId(String templateId) {
    this.templateId = templateId;
  }

  public String getTemplateKey() {
    return templateKey;
  }

  public void setTemplateKey(String templateKey) {
    this.templateKey = templateKey;
  }

  public boolean isSampleData() {
    return sampleData;
  }

  public void setSampleData(boolean sampleData) {
    this.sampleData = sampleData;
  }

  /** Installs the chosen template (with its samples when ticked) and opens the new form's records. */
  public void installTemplate() {
    String id = templateId == null ? "" : templateId;
    if (getTemplates().stream().noneMatch(t -> t.id().equals(id))) {
      Pages.message("templateForm:templateChoice", FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(),
          "forms.ui.templates.choose"));
      return;
    }
    String key = templateKey == null || templateKey.isBlank() ? id : templateKey.strip();
    if (!KEY.matcher(key).matches()) {
      Pages.message("templateForm:templateKey", FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(),
          "forms.ui.new.key.invalid"));
      return;
    }
    try {
      templates.install(id, key, sampleData);
      Pages.redirect("records.xhtml?form=" + key);
    } catch (FormExistsException e) {
      Pages.message("templateForm:templateKey", FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(),
          "forms.ui.new.key.taken", key));
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    } catch (RuntimeException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.create",
          e.getMessage()));
    }
  }

  public String getNewKey() {
    return newKey;
  }

  public void setNewKey(String newKey) {
    this.newKey = newKey;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  /** Creates an empty form with the typed key and name and opens it in the designer. */
  public void create() {
    if (!isDesigner()) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
      return;
    }
    String key = newKey == null ? "" : newKey.strip();
    String name = newName == null ? "" : newName.strip();
    boolean ok = true;
    if (!KEY.matcher(key).matches()) {
      Pages.message("newForm:newKey", FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.new.key.invalid"));
      ok = false;
    }
    if (name.isEmpty() || name.length() > 100) {
      Pages.message("newForm:newName", FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.new.name.invalid"));
      ok = false;
    }
    if (!ok) {
      return;
    }
    try {
      catalog.create(newSchema(key, name, Pages.text(user.locale(), "forms.ui.new.first-field")));
      Pages.redirect("designer.xhtml?form=" + key);
    } catch (FormExistsException e) {
      Pages.message("newForm:newKey", FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.new.key.taken", key));
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    } catch (RuntimeException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.create", e.getMessage()));
    }
  }

  /** The schema of a new form: its key and name and one section with a first text field (a form needs one). */
  static String newSchema(String key, String name, String firstLabel) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("name", "title");
    field.put("type", "text");
    field.put("label", firstLabel);
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("columns", 1);
    section.put("fields", List.of(field));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("key", key);
    schema.put("name", name);
    schema.put("sections", List.of(section));
    return Json.write(schema);
  }
}
