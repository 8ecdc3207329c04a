package io.atrium.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * Turns a picked person into its user id for the form and back; unknown ids read as nobody. A CDI
 * bean (the application discovers annotated beans only), so that Faces injects into it.
 */
@ApplicationScoped
@FacesConverter(value = "atriumPerson", managed = true)
public class PersonConverter implements Converter<PersonOption> {

  @Inject
  KernelServices kernel;

  @Override
  public PersonOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return kernel.identities().user(Long.parseLong(value.strip())).map(PersonOption::of).orElse(null);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PersonOption value) {
    return value == null ? "" : Long.toString(value.getId());
  }
}
