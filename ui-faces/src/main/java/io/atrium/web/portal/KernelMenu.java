package io.atrium.web.portal;

import io.atrium.kernel.security.KernelPermissions;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The portal's own side-menu entries: the workbench, the to-do center and the admin console. */
public final class KernelMenu {

  /** Where an entry goes in the side menu. */
  public enum Section {
    /** Daily work, above the plugins' entries. */
    MAIN,
    /** The admin console, below everything else. */
    ADMIN
  }

  /**
   * One entry.
   *
   * @param id stable id, used as the HTML id {@code menu-<id>}
   * @param labelKey key in the web bundle {@code io/atrium/web/i18n/messages}
   * @param view the page's path
   * @param icon PrimeIcons classes
   * @param permission the permission a user needs to see it, or null
   * @param section where it goes
   */
  public record Entry(String id, String labelKey, String view, String icon, String permission, Section section) {

    /** The HTML id of the entry's link. */
    public String domId() {
      return "menu-" + id;
    }

    /** The permission, if any. */
    public Optional<String> requiredPermission() {
      return Optional.ofNullable(permission);
    }
  }

  /** Every entry in menu order. */
  public static final List<Entry> ENTRIES = List.of(
      new Entry("home", "nav.home", "/index.xhtml", "pi pi-home", null, Section.MAIN),
      new Entry("todo", "nav.todo", "/todo.xhtml", "pi pi-check-square", null, Section.MAIN),
      new Entry("admin-plugins", "nav.admin.plugins", "/admin/plugins.xhtml", "pi pi-box",
          KernelPermissions.PLUGINS_VIEW, Section.ADMIN),
      new Entry("admin-users", "nav.admin.users", "/admin/users.xhtml", "pi pi-users", KernelPermissions.USERS_VIEW,
          Section.ADMIN),
      new Entry("admin-departments", "nav.admin.departments", "/admin/departments.xhtml", "pi pi-sitemap",
          KernelPermissions.USERS_VIEW, Section.ADMIN),
      new Entry("admin-groups", "nav.admin.groups", "/admin/groups.xhtml", "pi pi-id-card",
          KernelPermissions.USERS_VIEW, Section.ADMIN),
      new Entry("admin-roles", "nav.admin.roles", "/admin/roles.xhtml", "pi pi-key", KernelPermissions.ROLES_MANAGE,
          Section.ADMIN),
      new Entry("admin-sessions", "nav.admin.sessions", "/admin/sessions.xhtml", "pi pi-desktop",
          KernelPermissions.SESSIONS_MANAGE, Section.ADMIN),
      new Entry("admin-tokens", "nav.admin.tokens", "/admin/tokens.xhtml", "pi pi-ticket",
          KernelPermissions.TOKENS_MANAGE, Section.ADMIN),
      new Entry("admin-directory", "nav.admin.directory", "/admin/directory.xhtml", "pi pi-sync",
          KernelPermissions.DIRECTORY_MANAGE, Section.ADMIN),
      new Entry("admin-audit", "nav.admin.audit", "/admin/audit.xhtml", "pi pi-history", KernelPermissions.AUDIT_VIEW,
          Section.ADMIN),
      new Entry("admin-system", "nav.admin.system", "/admin/system.xhtml", "pi pi-server",
          KernelPermissions.SYSTEM_VIEW, Section.ADMIN));

  private KernelMenu() {
  }

  /** The entries of a section that a user holding the permissions {@code permitted} accepts may see. */
  public static List<Entry> visible(Section section, Predicate<String> permitted) {
    return ENTRIES.stream().filter(e -> e.section() == section)
        .filter(e -> e.requiredPermission().map(permitted::test).orElse(true)).toList();
  }
}
