package io.atrium.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CalendarDayStoreTest {

  private final KernelDatabase database = new KernelDatabase();
  private final MutableClock clock = new MutableClock(Instant.parse("2027-01-04T01:00:00Z"));
  private final CalendarDayStore store = new CalendarDayStore(database.jdbc(), DatabaseDialect.H2, clock);

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void daysAreStoredChangedAndRemovedAndTheNodeThatChangedThemSeesItAtOnce() {
    LocalDate national = LocalDate.of(2027, 10, 1);
    assertThat(store.working(national)).isEmpty();

    assertThat(store.put(new CalendarDayStore.Day(national, false, "国庆节"))).isEmpty();
    assertThat(store.working(national)).hasValue(false);
    assertThat(store.put(new CalendarDayStore.Day(national, true, "补班"))).hasValueSatisfying(before ->
        assertThat(before.name()).isEqualTo("国庆节"));
    assertThat(store.working(national)).hasValue(true);
    store.put(new CalendarDayStore.Day(LocalDate.of(2027, 2, 11), false, "春节"));
    store.put(new CalendarDayStore.Day(LocalDate.of(2028, 1, 1), false, "元旦"));

    assertThat(store.year(2027)).extracting(CalendarDayStore.Day::name).containsExactly("春节", "补班");
    assertThat(store.remove(national)).isPresent();
    assertThat(store.remove(national)).isEmpty();
    assertThat(store.working(national)).isEmpty();
  }

  @Test
  void anotherNodesChangeShowsWithinAMinute() {
    CalendarDayStore otherNode = new CalendarDayStore(database.jdbc(), DatabaseDialect.H2, clock);
    LocalDate day = LocalDate.of(2027, 5, 3);
    assertThat(store.working(day)).isEmpty();

    otherNode.put(new CalendarDayStore.Day(day, false, "劳动节"));

    assertThat(store.working(day)).as("read a moment ago").isEmpty();
    clock.advance(Duration.ofSeconds(61));
    assertThat(store.working(day)).hasValue(false);
  }

  @Test
  void adminsSettingTheSameNewDateAtOnceBothSucceedAndOneNameIsKept() {
    LocalDate day = LocalDate.of(2027, 6, 9);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<?>> puts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String name = "端午节 " + i;
      puts.add(CompletableFuture.runAsync(() -> {
        await(start);
        new CalendarDayStore(database.jdbc(), DatabaseDialect.H2, clock).put(new CalendarDayStore.Day(day, false, name));
      }));
    }
    start.countDown();

    CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
    assertThat(store.year(2027)).singleElement().satisfies(stored -> assertThat(stored.name()).startsWith("端午节"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
