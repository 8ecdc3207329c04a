package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.IntakeChange;
import io.atrium.forms.IntakeSettings;
import io.atrium.forms.Intakes;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Backs the public intake dialog of {@code forms/index.xhtml}: a designer opens a form to the public. */
@Component(service = IntakeSettingsController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsIntake", scope = ControllerScope.VIEW)
public class IntakeSettingsController {

  private final Intakes intakes;
  private final FormCatalog catalog;
  private final Directory directory;
  private final CurrentUser user;
  private String formKey;
  private String formName;
  private boolean enabled;
  private String thankYou;
  private String owner;
  private List<String> excluded = new ArrayList<>();
  private boolean newSlug;
  private String slug;
  private List<Choice> fields = List.of();

  /** Declarative Services injects the services. */
  @Activate
  public IntakeSettingsController(@Reference Intakes intakes, @Reference FormCatalog catalog,
      @Reference Directory directory, @Reference CurrentUser user) {
    this.intakes = intakes;
    this.catalog = catalog;
    this.directory = directory;
    this.user = user;
  }

  /** Loads a form's settings into the dialog. */
  public void edit(String key, String name) {
    if (!user.isPermitted(FormPermissions.DESIGN)) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
      return;
    }
    formKey = key;
    formName = name;
    fields = catalog.published(key).map(p -> p.schema().fields().stream()
        .map(f -> new Choice(f.name(), f.label(user.locale()))).toList()).orElse(List.of());
    Optional<IntakeSettings> settings = intakes.settings(key);
    enabled = settings.map(IntakeSettings::enabled).orElse(false);
    thankYou = settings.map(IntakeSettings::thankYou).orElse(null);
    owner = settings.map(IntakeSettings::ownerId).flatMap(directory::person).map(Person::username).orElse(null);
    excluded = new ArrayList<>(settings.map(IntakeSettings::excludedFields).orElse(List.of()));
    slug = settings.map(IntakeSettings::slug).orElse(null);
    newSlug = false;
  }

  /** Saves the dialog. */
  public void save() {
    Long ownerId = null;
    if (owner != null && !owner.isBlank()) {
      Optional<Person> person = directory.personByUsername(owner.strip());
      if (person.isEmpty()) {
        Pages.message("intakeForm:intakeOwner", FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(),
            "forms.ui.intake.owner.unknown", owner.strip()));
        return;
      }
      ownerId = person.get().id();
    }
    try {
      IntakeSettings saved = intakes.save(formKey, new IntakeChange(enabled, thankYou, ownerId, excluded, newSlug));
      slug = saved.slug();
      newSlug = false;
      Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), saved.enabled()
          ? "forms.ui.intake.saved.open" : "forms.ui.intake.saved.closed", formName));
    } catch (RecordValidationException e) {
      for (FieldProblem problem : e.problems()) {
        Pages.message("intakeForm:intakeEnabled", FacesMessage.SEVERITY_ERROR, problem.label() + ": "
            + problem.message());
      }
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    }
  }

  /** The public address relative to the server, or null before the first save. */
  public String getPath() {
    return slug == null ? null : "/api/v1/forms-intake/" + slug;
  }

  /** The form's fields to choose those kept off the page from. */
  public List<Choice> getFields() {
    return fields;
  }

  public String getFormName() {
    return formName;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getThankYou() {
    return thankYou;
  }

  public void setThankYou(String thankYou) {
    this.thankYou = thankYou;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public List<String> getExcluded() {
    return excluded;
  }

  public void setExcluded(List<String> excluded) {
    this.excluded = excluded == null ? new ArrayList<>() : new ArrayList<>(excluded);
  }

  public boolean isNewSlug() {
    return newSlug;
  }

  public void setNewSlug(boolean newSlug) {
    this.newSlug = newSlug;
  }
}
