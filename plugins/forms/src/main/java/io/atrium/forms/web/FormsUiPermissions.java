package io.atrium.forms.web;

import io.atrium.sdk.security.PermissionContribution;
import io.atrium.sdk.security.PermissionDefinition;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The base permission of the forms pages: without it no forms page opens, whatever the per-form
 * permissions say, so a page can never be open by accident.
 */
@Component
public class FormsUiPermissions implements PermissionContribution {

  /** Open the forms pages (the list; each form's pages need that form's permissions too). */
  public static final String USE = "forms:use";

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(PermissionDefinition.of(USE, "forms.ui.permission.use"));
  }
}
