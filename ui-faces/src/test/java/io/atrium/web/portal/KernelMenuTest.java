package io.atrium.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.security.KernelPermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The portal's own menu entries by permission. A user without admin permissions cannot be created
 * in the integration tests yet (no user REST in this branch), so the filtering is checked here.
 */
class KernelMenuTest {

  @Test
  void aUserWithoutAdminPermissionsSeesNoAdminEntries() {
    assertThat(KernelMenu.visible(KernelMenu.Section.ADMIN, permission -> false)).isEmpty();
    assertThat(KernelMenu.visible(KernelMenu.Section.MAIN, permission -> false))
        .extracting(KernelMenu.Entry::domId).containsExactly("menu-home", "menu-todo");
  }

  @Test
  void adminEntriesShowOnePermissionAtATime() {
    Set<String> held = Set.of(KernelPermissions.AUDIT_VIEW, KernelPermissions.USERS_VIEW);

    assertThat(KernelMenu.visible(KernelMenu.Section.ADMIN, held::contains)).extracting(KernelMenu.Entry::id)
        .containsExactly("admin-users", "admin-departments", "admin-groups", "admin-audit");
    assertThat(KernelMenu.visible(KernelMenu.Section.ADMIN, permission -> true)).hasSize(
        (int) KernelMenu.ENTRIES.stream().filter(e -> e.section() == KernelMenu.Section.ADMIN).count());
  }
}
