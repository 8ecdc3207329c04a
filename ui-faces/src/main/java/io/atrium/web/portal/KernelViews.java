package io.atrium.web.portal;

import io.atrium.kernel.security.KernelPermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The permission each of the portal's own pages needs, by path prefix; checked on the server for
 * every request by {@code PluginViewFilter} (403 without it). Pages not listed need only a
 * signed-in user. The security tests walk every page of the WAR against this table.
 */
public final class KernelViews {

  private static final Map<String, String> PERMISSIONS = new LinkedHashMap<>();

  static {
    // longest prefixes first where they overlap
    PERMISSIONS.put("/admin/plugins", KernelPermissions.PLUGINS_VIEW);
    PERMISSIONS.put("/admin/users", KernelPermissions.USERS_VIEW);
    PERMISSIONS.put("/admin/departments", KernelPermissions.USERS_VIEW);
    PERMISSIONS.put("/admin/groups", KernelPermissions.USERS_VIEW);
    PERMISSIONS.put("/admin/import", KernelPermissions.USERS_MANAGE);
    PERMISSIONS.put("/admin/roles", KernelPermissions.ROLES_MANAGE);
    PERMISSIONS.put("/admin/sessions", KernelPermissions.SESSIONS_MANAGE);
    PERMISSIONS.put("/admin/tokens", KernelPermissions.TOKENS_MANAGE);
    PERMISSIONS.put("/admin/audit", KernelPermissions.AUDIT_VIEW);
    PERMISSIONS.put("/admin/directory", KernelPermissions.DIRECTORY_MANAGE);
    PERMISSIONS.put("/admin/system", KernelPermissions.SYSTEM_VIEW);
    PERMISSIONS.put("/admin/", KernelPermissions.SYSTEM_VIEW);
  }

  private KernelViews() {
  }

  /** The permission a portal path needs, if any. */
  public static Optional<String> permission(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> entry : PERMISSIONS.entrySet()) {
      if (path.startsWith(entry.getKey())) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The whole table, for the security tests and the admin console. */
  public static Map<String, String> all() {
    return Map.copyOf(PERMISSIONS);
  }
}
