package io.atrium.kernel.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Valid API tokens seen lately, by the hash of their secret. A REST client presents its token with
 * every call; without this each call read the token and its owner and wrote the token's last use,
 * and calls sharing a token queued on that row. A revocation on this node clears the memory at
 * once; one on another cluster node is seen here after {@link #TIME_TO_LIVE} at the latest.
 * Unknown and invalid tokens are never kept, so guessing cannot fill the memory.
 */
final class TokenCache {

  /** How long a token read from the database is trusted without reading it again. */
  static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
  /** How often a token's {@code last_used_at} is written at most; the admin list shows minutes. */
  static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);
  /** Most tokens kept; past it the memory starts over. */
  private static final int MAX_TOKENS = 10_000;

  /** A token read at a time, its use last written at another. */
  record Entry(String tokenId, AccountStore.TokenOwner owner, Instant expiresAt, Instant readAt, Instant useWrittenAt) {

    boolean fresh(Instant now) {
      return readAt.plus(TIME_TO_LIVE).isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }

    boolean useDue(Instant now) {
      return !useWrittenAt.plus(LAST_USE_GRANULARITY).isAfter(now);
    }
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** The token with this hash if it was read lately and has not expired. */
  Optional<Entry> fresh(String tokenHash, Instant now) {
    Entry entry = entries.get(tokenHash);
    return entry != null && entry.fresh(now) ? Optional.of(entry) : Optional.empty();
  }

  /** Keeps a valid token just read. */
  void put(String tokenHash, Entry entry) {
    if (entries.size() >= MAX_TOKENS) {
      entries.clear();
    }
    entries.put(tokenHash, entry);
  }

  /** Notes that the token's last use was written now. */
  void useWritten(String tokenHash, Entry entry, Instant now) {
    entries.replace(tokenHash, entry, new Entry(entry.tokenId(), entry.owner(), entry.expiresAt(), entry.readAt(), now));
  }

  /** Forgets every token, after a revocation or a change of an owner. */
  void clear() {
    entries.clear();
  }
}
