package io.atrium.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

  private final SessionRegistry registry = new SessionRegistry();
  private final List<String> invalidated = new ArrayList<>();
  private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

  private String signIn(long userId, String name) {
    String[] key = new String[1];
    key[0] = registry.signedIn(userId, "u" + userId, now, "127.0.0.1", "Chrome", () -> invalidated.add(name));
    return key[0];
  }

  @Test
  void endingAllButOneSessionOfAUserLeavesTheOthersAlone() {
    String keep = signIn(1, "a");
    signIn(1, "b");
    signIn(2, "c");

    assertThat(registry.endAllOf(1, keep)).isEqualTo(1);

    assertThat(invalidated).containsExactly("b");
    assertThat(registry.of(1)).extracting(SessionRegistry.SessionInfo::key).containsExactly(keep);
    assertThat(registry.all()).hasSize(2);
  }

  @Test
  void sessionsAreListedMostRecentlySeenFirst() {
    String older = signIn(1, "a");
    String newer = signIn(1, "b");
    registry.seen(older, now.plusSeconds(60));

    assertThat(registry.of(1)).extracting(SessionRegistry.SessionInfo::key).containsExactly(older, newer);
  }

  @Test
  void anEndedSessionIsGoneAndEndingItAgainIsHarmless() {
    String key = signIn(1, "a");
    registry.ended(key);

    assertThat(registry.end(key)).isFalse();
    assertThat(invalidated).isEmpty();
  }
}
