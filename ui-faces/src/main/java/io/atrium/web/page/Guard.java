package io.atrium.web.page;

import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.sdk.security.AccessDeniedException;
import org.apache.shiro.SecurityUtils;

/**
 * Permission checks of page actions. Pages hide what a user may not do, but every action checks
 * again on the server, because a hidden button can still be posted.
 */
public final class Guard {

  private Guard() {
  }

  /** Whether the signed-in user holds a permission. */
  public static boolean has(String permission) {
    return SecurityUtils.getSubject().isPermitted(permission);
  }

  /**
   * Refuses the action unless the signed-in user holds the permission.
   *
   * @throws AccessDeniedException without it; the portal answers with the 403 page
   */
  public static void require(String permission) {
    if (!has(permission)) {
      throw new AccessDeniedException(permission);
    }
  }

  /** The signed-in user. */
  public static AtriumPrincipal principal() {
    Object principal = SecurityUtils.getSubject().getPrincipal();
    if (principal instanceof AtriumPrincipal user) {
      return user;
    }
    throw new AccessDeniedException("signed-in user");
  }
}
