package io.atrium.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.testing.KernelDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** API tokens as REST calls present them: remembered for seconds, revoked at once, last use written sparingly. */
class TokenLookupTest {

  private final KernelDatabase database = new KernelDatabase();
  private final AccountStore accounts = new AccountStore(database.jdbc());
  private final Instant start = Instant.parse("2026-12-02T08:00:00Z");

  @AfterEach
  void tearDown() throws Exception {
    database.close();
  }

  private long user(String name) {
    return accounts.createAccount(name, name, "unused-hash", start);
  }

  private Instant lastUsed(long userId) {
    return accounts.tokens(userId).get(0).lastUsedAt();
  }

  @Test
  void aRevokedTokenIsRefusedWithTheNextCallEvenWhileRemembered() {
    long userId = user("li");
    AccountStore.IssuedToken issued = accounts.issueToken(userId, "script", start, start.plus(Duration.ofDays(1)));
    assertThat(accounts.ownerOfToken(issued.secret(), start)).isPresent();
    assertThat(accounts.ownerOfToken(issued.secret(), start.plusSeconds(1))).isPresent();

    assertThat(accounts.revokeToken(userId, issued.token().id(), start.plusSeconds(2))).isTrue();

    assertThat(accounts.ownerOfToken(issued.secret(), start.plusSeconds(3))).isEmpty();
  }

  @Test
  void aRememberedTokenStillExpiresOnTime() {
    long userId = user("wang");
    Instant expires = start.plusSeconds(5);
    AccountStore.IssuedToken issued = accounts.issueToken(userId, "short", start, expires);
    assertThat(accounts.ownerOfToken(issued.secret(), start.plusSeconds(4))).isPresent();

    assertThat(accounts.ownerOfToken(issued.secret(), expires)).isEmpty();
  }

  @Test
  void aTokenChangedInTheDatabaseIsReadAgainAfterTheTimeToLive() {
    long userId = user("zhao");
    AccountStore.IssuedToken issued = accounts.issueToken(userId, "script", start, null);
    assertThat(accounts.ownerOfToken(issued.secret(), start)).isPresent();
    // as another cluster node would revoke it: straight in the table, this node's memory untouched
    database.jdbc().update("UPDATE atrium_api_token SET revoked_at = ? WHERE id = ?", start, issued.token().id());

    assertThat(accounts.ownerOfToken(issued.secret(), start.plus(TokenCache.TIME_TO_LIVE).minusSeconds(1)))
        .isPresent();
    assertThat(accounts.ownerOfToken(issued.secret(), start.plus(TokenCache.TIME_TO_LIVE))).isEmpty();
  }

  @Test
  void theLastUseIsWrittenAtMostOncePerGranularity() {
    long userId = user("qian");
    AccountStore.IssuedToken issued = accounts.issueToken(userId, "script", start, null);
    accounts.ownerOfToken(issued.secret(), start);
    assertThat(lastUsed(userId)).isEqualTo(start);

    accounts.ownerOfToken(issued.secret(), start.plusSeconds(5));
    assertThat(lastUsed(userId)).isEqualTo(start);

    Instant later = start.plus(TokenCache.LAST_USE_GRANULARITY).plusSeconds(1);
    accounts.ownerOfToken(issued.secret(), later);
    assertThat(lastUsed(userId)).isEqualTo(later);
  }
}
