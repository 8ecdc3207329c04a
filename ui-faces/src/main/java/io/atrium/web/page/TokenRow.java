package io.atrium.web.page;

import io.atrium.kernel.security.ApiToken;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An API token as the token lists show it (never its secret).
 *
 * @param id public id
 * @param owner the owner's name
 * @param name what the owner called it
 * @param scopes the permission patterns it is limited to; empty: all of the owner's
 * @param createdAt creation time
 * @param expiresAt expiry, or null
 * @param lastUsedAt last use, or null
 */
public record TokenRow(String id, String owner, String name, List<String> scopes, Instant createdAt,
    Instant expiresAt, Instant lastUsedAt) implements Serializable {

  /** The row of a stored token. */
  public static TokenRow of(ApiToken token, String owner) {
    return new TokenRow(token.id(), owner, token.name(), List.copyOf(token.scopes()), token.createdAt(),
        token.expiresAt(), token.lastUsedAt());
  }

  /** The scopes as one line, empty when unrestricted. */
  public String scopesText() {
    return String.join(", ", scopes);
  }
}
