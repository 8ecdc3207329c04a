package io.atrium.sdk.security;

import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Host service: who is calling, and what they may do. */
@ProviderType
public interface CurrentUser {

  /** Login name of the signed-in user; empty for anonymous callers and background jobs. */
  Optional<String> username();

  /** User id of the signed-in user; empty for anonymous callers and background jobs. */
  Optional<Long> userId();

  /** The language the caller reads: their chosen one in a page, else Chinese. */
  Locale locale();

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
