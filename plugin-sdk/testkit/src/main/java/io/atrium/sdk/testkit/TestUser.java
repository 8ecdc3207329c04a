package io.atrium.sdk.testkit;

import io.atrium.sdk.security.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The signed-in user of a test: a name and the permissions the test grants ({@code *} grants all). */
public final class TestUser implements CurrentUser {

  private volatile String username;
  private volatile Set<String> permissions;
  private volatile Long userId = 1L;
  private volatile Locale locale = Locale.SIMPLIFIED_CHINESE;

  TestUser(String username, Set<String> permissions) {
    this.username = username;
    this.permissions = permissions;
  }

  @Override
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  @Override
  public Optional<Long> userId() {
    return username == null ? Optional.empty() : Optional.ofNullable(userId);
  }

  @Override
  public Locale locale() {
    return locale;
  }

  /** Sets the user id the signed-in user has (1 unless set). */
  public void userId(long id) {
    this.userId = id;
  }

  /** Sets the language the user reads (Chinese unless set). */
  public void locale(Locale value) {
    this.locale = value;
  }

  @Override
  public boolean isPermitted(String permission) {
    return username != null && (permissions.contains("*") || permissions.contains(permission));
  }

  /** Signs in another user with these permissions. */
  public void signIn(String name, String... granted) {
    this.username = name;
    this.permissions = Set.of(granted);
  }

  /** Signs out: later calls run as an anonymous caller. */
  public void signOut() {
    this.username = null;
    this.permissions = Set.of();
  }
}
