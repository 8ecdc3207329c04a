package io.atrium.sdk.ui;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** What a plugin adds to the portal; register one as a service. */
@ConsumerType
public interface UiContribution {

  /** Menu entries; each shows only to users holding its permission. */
  List<MenuItem> menuItems();

  /**
   * Permissions guarding the plugin's views: view path patterns relative to the plugin's folder
   * ({@code index.xhtml}, {@code admin/*}) mapped to the permission a user needs. Views not listed
   * need only a signed-in user.
   */
  default Map<String, String> viewPermissions() {
    return Map.of();
  }
}
