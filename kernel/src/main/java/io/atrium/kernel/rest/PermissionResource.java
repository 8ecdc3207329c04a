package io.atrium.kernel.rest;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.ui.UiRegistry;
import io.atrium.sdk.security.PermissionContribution;
import io.atrium.sdk.security.PermissionDefinition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The permissions the kernel and the running plugins declare, to grant them in roles. */
@Path("v1/permissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Roles, permissions, row scopes and field access")
public class PermissionResource {

  /** A permission someone can grant, with where it comes from and its label. */
  public record PermissionView(String name, String source, String label) {
  }

  @Inject
  Kernel kernel;

  @Inject
  UiRegistry ui;

  @GET
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Lists every permission the kernel and the running plugins declare")
  public List<PermissionView> permissions(@jakarta.ws.rs.HeaderParam("Accept-Language") String language) {
    Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE
        : Locale.ENGLISH;
    List<PermissionView> all = new ArrayList<>();
    for (String permission : KernelPermissions.ALL) {
      all.add(new PermissionView(permission, "kernel", io.atrium.kernel.i18n.KernelTexts.format(locale,
          "permission." + permission.replace(':', '.'))));
    }
    for (Contribution<PermissionContribution> contribution : kernel.permissionContributions().all()) {
      for (PermissionDefinition definition : contribution.service().permissions()) {
        all.add(new PermissionView(definition.name(), contribution.pluginId(),
            ui.text(definition.labelKey(), locale).orElse(definition.name())));
      }
    }
    return all;
  }
}
