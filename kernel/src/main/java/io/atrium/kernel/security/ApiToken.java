package io.atrium.kernel.security;

import java.time.Instant;
import java.util.List;

/**
 * An API token for REST calls. Only a SHA-256 hash of the secret is stored.
 *
 * @param id public id, used to list and revoke
 * @param userId owner
 * @param name what the owner called it
 * @param createdAt creation time
 * @param expiresAt expiry, or null for none
 * @param lastUsedAt last use, or null
 * @param scopes permission patterns the token is limited to; empty: all of the owner's
 */
public record ApiToken(String id, long userId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
    List<String> scopes) {
}
