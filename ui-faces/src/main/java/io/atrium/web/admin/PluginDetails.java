package io.atrium.web.admin;

import io.atrium.web.page.PermissionCatalog;
import java.io.Serializable;
import java.util.List;

/**
 * What a plugin contributes, for the details panel of the plugins page.
 *
 * @param plugin the plugin
 * @param menuItems its menu entries
 * @param permissions the permissions it declares
 * @param services the service interfaces it registered
 * @param components its components and their states
 * @param tablePrefix prefix of its database tables
 * @param entities its JPA entity classes
 */
public record PluginDetails(PluginRow plugin, List<MenuItemRow> menuItems,
    List<PermissionCatalog.Permission> permissions, List<String> services, List<ComponentRow> components,
    String tablePrefix, List<String> entities)
    implements Serializable {

  /**
   * A component of a plugin.
   *
   * @param name component name
   * @param state its state, e.g. {@code active}
   */
  public record ComponentRow(String name, String state) implements Serializable {
  }

  /**
   * A menu entry of a plugin.
   *
   * @param label translated label
   * @param view the page it opens
   * @param permission the permission needed to see it, or null
   */
  public record MenuItemRow(String label, String view, String permission) implements Serializable {
  }
}
