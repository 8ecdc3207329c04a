package io.atrium.kernel.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who a signed-in subject is.
 *
 * @param userId account id
 * @param username login name
 * @param tokenScopes for a caller signed in with a scoped API token, the permission patterns the
 *     token is limited to; null when the caller has all of the user's permissions
 */
public record AtriumPrincipal(long userId, String username, Set<String> tokenScopes) implements Serializable {

  /** A principal with all of the user's permissions. */
  public AtriumPrincipal(long userId, String username) {
    this(userId, username, null);
  }

  @Override
  public String toString() {
    return username;
  }
}
