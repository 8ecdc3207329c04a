package io.atrium.sdk.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Host service: who is calling, and what they may do. */
@ProviderType
public interface CurrentUser {

  /** Login name of the signed-in user; empty for anonymous callers and background jobs. */
  Optional<String> username();

  /** Whether the caller holds the permission. */
  boolean isPermitted(String permission);

  /**
   * Checks a permission.
   *
   * @throws AccessDeniedException when the caller lacks it
   */
  default void checkPermission(String permission) {
    if (!isPermitted(permission)) {
      throw new AccessDeniedException(permission);
    }
  }
}
