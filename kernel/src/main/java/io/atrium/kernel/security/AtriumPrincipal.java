package io.atrium.kernel.security;

import java.io.Serializable;

/**
 * Who a signed-in subject is.
 *
 * @param userId account id
 * @param username login name
 */
public record AtriumPrincipal(long userId, String username) implements Serializable {

  @Override
  public String toString() {
    return username;
  }
}
