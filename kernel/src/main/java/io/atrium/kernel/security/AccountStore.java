package io.atrium.kernel.security;

import io.atrium.kernel.persistence.Jdbc;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Users, roles, permissions and API tokens in the kernel's tables. */
public final class AccountStore {

  /** Prefix of every API token, so a leaked token is easy to recognise in logs and scanners. */
  public static final String TOKEN_PREFIX = "atr_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbc jdbc;
  private final TokenCache tokenCache = new TokenCache();

  /** Creates the store. */
  public AccountStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether any account exists. */
  public boolean hasAccounts() {
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_user", row -> row.getLong(1)).orElse(0L) > 0;
  }

  /** The account with this login name. */
  public Optional<Account> findByUsername(String username) {
    return jdbc.queryOne("SELECT id, username, display_name, password_hash, status FROM atrium_user "
        + "WHERE username = ?", row -> new Account(row.getLong(1), row.getString(2), row.getString(3),
        row.getString(4), row.getString(5)), username);
  }

  /** The account with this id. */
  public Optional<Account> findById(long id) {
    return jdbc.queryOne("SELECT id, username, display_name, password_hash, status FROM atrium_user WHERE id = ?",
        row -> new Account(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
        id);
  }

  /** The directory an account comes from ({@code ldap}, a plugin's source id), or empty for a local account. */
  public Optional<String> externalSource(long id) {
    return jdbc.queryOne("SELECT external_source FROM atrium_user WHERE id = ?",
        row -> Optional.ofNullable(row.getString(1)), id).flatMap(source -> source);
  }

  /** Creates an active account and returns its id. */
  public long createAccount(String username, String displayName, String passwordHash, Instant now) {
    jdbc.update("INSERT INTO atrium_user (username, display_name, password_hash, status, created_at) "
        + "VALUES (?, ?, ?, 'ACTIVE', ?)", username, displayName, passwordHash, now);
    return findByUsername(username).orElseThrow().id();
  }

  /** Gives a user an e-mail address if they have none; returns whether it was set. */
  public boolean fillMissingEmail(String username, String email) {
    return jdbc.update("UPDATE atrium_user SET email = ? WHERE username = ? AND email IS NULL", email, username) == 1;
  }

  /** Replaces a user's password hash. */
  public void changePassword(long userId, String passwordHash) {
    jdbc.update("UPDATE atrium_user SET password_hash = ? WHERE id = ?", passwordHash, userId);
  }

  /** Creates a role with permissions, or adds the permissions to the existing role; returns its id. */
  public long ensureRole(String name, String description, List<String> permissions) {
    Optional<Long> existing = jdbc.queryOne("SELECT id FROM atrium_role WHERE name = ?", row -> row.getLong(1), name);
    long id = existing.orElseGet(() -> {
      jdbc.update("INSERT INTO atrium_role (name, description) VALUES (?, ?)", name, description);
      return jdbc.queryOne("SELECT id FROM atrium_role WHERE name = ?", row -> row.getLong(1), name).orElseThrow();
    });
    Set<String> current = new LinkedHashSet<>(jdbc.query("SELECT permission FROM atrium_role_permission "
        + "WHERE role_id = ?", row -> row.getString(1), id));
    for (String permission : permissions) {
      if (!current.contains(permission)) {
        jdbc.update("INSERT INTO atrium_role_permission (role_id, permission) VALUES (?, ?)", id, permission);
      }
    }
    return id;
  }

  /** Marks a role as built in: it cannot be changed or deleted through the API or the admin console. */
  public void markBuiltIn(long roleId) {
    jdbc.update("UPDATE atrium_role SET built_in = TRUE WHERE id = ? AND built_in = FALSE", roleId);
  }

  /** Gives a user a role. */
  public void grantRole(long userId, long roleId) {
    jdbc.update("INSERT INTO atrium_user_role (user_id, role_id) VALUES (?, ?)", userId, roleId);
  }

  /** The role names of a user. */
  public Set<String> roles(long userId) {
    return new LinkedHashSet<>(jdbc.query("SELECT r.name FROM atrium_role r JOIN atrium_user_role ur "
        + "ON ur.role_id = r.id WHERE ur.user_id = ? ORDER BY r.name", row -> row.getString(1), userId));
  }

  /** Every permission a user holds through roles. */
  public Set<String> permissions(long userId) {
    return new LinkedHashSet<>(jdbc.query("SELECT DISTINCT p.permission FROM atrium_role_permission p "
        + "JOIN atrium_user_role ur ON ur.role_id = p.role_id WHERE ur.user_id = ? ORDER BY p.permission",
        row -> row.getString(1), userId));
  }

  /**
   * Issues a token and returns the secret; it is shown to the caller once and only its hash is
   * kept.
   *
   * @param scopes permission patterns the token is limited to, or null for all of the user's
   */
  public IssuedToken issueToken(long userId, String name, Instant now, Instant expiresAt, Set<String> scopes) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String id = UUID.randomUUID().toString();
    String scopeText = scopes == null || scopes.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(scopes));
    jdbc.update("INSERT INTO atrium_api_token (id, user_id, name, token_hash, created_at, expires_at, scopes) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, userId, name, hash(token), now, expiresAt, scopeText);
    return new IssuedToken(new ApiToken(id, userId, name, now, expiresAt, null, scopeList(scopeText)), token);
  }

  /** Issues a token with all of the user's permissions. */
  public IssuedToken issueToken(long userId, String name, Instant now, Instant expiresAt) {
    return issueToken(userId, name, now, expiresAt, null);
  }

  /** The owner of a valid token and its scopes. */
  public record TokenOwner(Account account, Set<String> scopes) {
  }

  /**
   * The owner of a valid token (not expired, not revoked, owner active), recording its use. A token
   * read in the last seconds is answered from memory (see {@link TokenCache}).
   */
  public Optional<TokenOwner> ownerOfToken(String token, Instant now) {
    String tokenHash = hash(token);
    Optional<TokenCache.Entry> known = tokenCache.fresh(tokenHash, now);
    if (known.isPresent()) {
      if (known.get().useDue(now)) {
        writeUse(tokenHash, known.get(), now);
      }
      return Optional.of(known.get().owner());
    }
    Optional<Object[]> match = jdbc.queryOne("SELECT id, user_id, expires_at, scopes FROM atrium_api_token "
        + "WHERE token_hash = ? AND revoked_at IS NULL", row -> new Object[] {row.getString(1), row.getLong(2),
        Jdbc.instant(row, "expires_at"), row.getString(4)}, tokenHash);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Instant expires = (Instant) match.get()[2];
    if (expires != null && !expires.isAfter(now)) {
      return Optional.empty();
    }
    String tokenId = (String) match.get()[0];
    String scopes = (String) match.get()[3];
    Optional<TokenOwner> owner = findById((Long) match.get()[1]).filter(Account::active)
        .map(account -> new TokenOwner(account, scopes == null ? null : new LinkedHashSet<>(scopeList(scopes))));
    owner.ifPresent(o -> {
      TokenCache.Entry entry = new TokenCache.Entry(tokenId, o, expires, now, Instant.MIN);
      tokenCache.put(tokenHash, entry);
      writeUse(tokenHash, entry, now);
    });
    return owner;
  }

  private void writeUse(String tokenHash, TokenCache.Entry entry, Instant now) {
    jdbc.update("UPDATE atrium_api_token SET last_used_at = ? WHERE id = ?", now, entry.tokenId());
    tokenCache.useWritten(tokenHash, entry, now);
  }

  /** The owner of a valid token (not expired, not revoked), recording its use. */
  public Optional<Account> accountForToken(String token, Instant now) {
    return ownerOfToken(token, now).map(TokenOwner::account);
  }

  private static List<String> scopeList(String scopes) {
    return scopes == null ? List.of() : List.of(scopes.split(","));
  }

  /** The tokens of a user that are not revoked. */
  public List<ApiToken> tokens(long userId) {
    return jdbc.query("SELECT id, user_id, name, created_at, expires_at, last_used_at, scopes FROM atrium_api_token "
        + "WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at", row -> new ApiToken(row.getString(1),
        row.getLong(2), row.getString(3), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "expires_at"),
        Jdbc.instant(row, "last_used_at"), scopeList(row.getString(7))), userId);
  }

  /** Revokes a token of a user; false when there is no such token. */
  public boolean revokeToken(long userId, String tokenId, Instant now) {
    int revoked = jdbc.update("UPDATE atrium_api_token SET revoked_at = ? WHERE id = ? AND user_id = ? "
        + "AND revoked_at IS NULL", now, tokenId, userId);
    tokenCache.clear();
    return revoked == 1;
  }

  /** Revokes every token of a user, e.g. when they leave; returns how many. */
  public int revokeAllTokens(long userId, Instant now) {
    int revoked = jdbc.update("UPDATE atrium_api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
        now, userId);
    tokenCache.clear();
    return revoked;
  }

  /** Every token that is not revoked, of all users, newest first (for administrators). */
  public List<ApiToken> allTokens() {
    return jdbc.query("SELECT id, user_id, name, created_at, expires_at, last_used_at, scopes FROM atrium_api_token "
        + "WHERE revoked_at IS NULL ORDER BY created_at DESC", row -> new ApiToken(row.getString(1), row.getLong(2),
        row.getString(3), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "expires_at"),
        Jdbc.instant(row, "last_used_at"), scopeList(row.getString(7))));
  }

  /** Revokes anyone's token (an administrator's action); false when there is no such token. */
  public boolean revokeAnyToken(String tokenId, Instant now) {
    int revoked = jdbc.update("UPDATE atrium_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now,
        tokenId);
    tokenCache.clear();
    return revoked == 1;
  }

  /** A new token and its secret. */
  public record IssuedToken(ApiToken token, String secret) {
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
