package io.atrium.workflows.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.testkit.PluginTestKit;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Out-of-office periods on H2, migrated by the test kit as the server does. */
class JdbcOutOfOfficeH2Test {

  private final PluginTestKit kit = PluginTestKit.forPlugin("workflows").start();
  private final JdbcOutOfOffice store = new JdbcOutOfOffice(kit.persistence(), kit.transactions());
  private final Instant monday = Instant.parse("2026-12-07T00:00:00Z");
  private final Instant friday = Instant.parse("2026-12-11T00:00:00Z");

  @AfterEach
  void close() {
    kit.close();
  }

  @Test
  void aPeriodNamesTheStandInOnlyWhileItLastsAndASecondReplacesTheFirst() {
    store.save(new OutOfOffice(7, 8, monday, friday));
    assertThat(store.standIn(7, monday.minusSeconds(1))).isEmpty();
    assertThat(store.standIn(7, monday)).contains(8L);
    assertThat(store.standIn(7, friday.minusSeconds(1))).contains(8L);
    assertThat(store.standIn(7, friday)).as("the end is the first moment back").isEmpty();
    assertThat(store.standIn(8, monday)).isEmpty();

    store.save(new OutOfOffice(7, 9, friday, friday.plusSeconds(86_400)));
    assertThat(store.find(7)).contains(new OutOfOffice(7, 9, friday, friday.plusSeconds(86_400)));
    assertThat(store.standIn(7, monday)).isEmpty();

    assertThat(store.clear(7)).isTrue();
    assertThat(store.clear(7)).isFalse();
    assertThat(store.find(7)).isEmpty();
  }
}
