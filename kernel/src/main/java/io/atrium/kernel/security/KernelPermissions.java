package io.atrium.kernel.security;

import java.util.List;

/**
 * The permissions of the kernel's own pages and REST resources. Roles grant them like plugin
 * permissions; the built-in {@code admin} role holds {@code *}.
 */
public final class KernelPermissions {

  /** See plugins and what they contribute. */
  public static final String PLUGINS_VIEW = "atrium:plugins:view";
  /** Upload, enable, disable and uninstall plugins. */
  public static final String PLUGINS_MANAGE = "atrium:plugins:manage";
  /** See people, departments and groups (pickers need no permission). */
  public static final String USERS_VIEW = "atrium:users:view";
  /** Create and change people, departments and groups; import the org chart. */
  public static final String USERS_MANAGE = "atrium:users:manage";
  /** Create and change roles and grant them. */
  public static final String ROLES_MANAGE = "atrium:roles:manage";
  /** See and end anyone's sessions, see and lift lockouts. */
  public static final String SESSIONS_MANAGE = "atrium:sessions:manage";
  /** See and revoke anyone's API tokens. */
  public static final String TOKENS_MANAGE = "atrium:tokens:manage";
  /** Read and export the audit log, verify its chain. */
  public static final String AUDIT_VIEW = "atrium:audit:view";
  /** Configure LDAP and other directory sources, run a sync. */
  public static final String DIRECTORY_MANAGE = "atrium:directory:manage";
  /** See system information, health and metrics. */
  public static final String SYSTEM_VIEW = "atrium:system:view";
  /** Change system settings (mail, clock in tests). */
  public static final String SYSTEM_MANAGE = "atrium:system:manage";

  /** Every kernel permission, for the role editor. */
  public static final List<String> ALL = List.of(PLUGINS_VIEW, PLUGINS_MANAGE, USERS_VIEW, USERS_MANAGE, ROLES_MANAGE,
      SESSIONS_MANAGE, TOKENS_MANAGE, AUDIT_VIEW, DIRECTORY_MANAGE, SYSTEM_VIEW, SYSTEM_MANAGE);

  private KernelPermissions() {
  }
}
