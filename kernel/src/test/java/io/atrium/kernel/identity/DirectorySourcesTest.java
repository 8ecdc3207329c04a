package io.atrium.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.testing.MutableClock;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.sdk.identity.DirectorySnapshot;
import io.atrium.sdk.identity.DirectorySnapshot.Member;
import io.atrium.sdk.identity.DirectorySource;
import io.atrium.sdk.identity.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DirectorySourcesTest {

  /** A plugin's source whose content the test sets. */
  private static final class HrSource implements DirectorySource {
    volatile DirectorySnapshot snapshot = DirectorySnapshot.builder()
        .person(new Member("e1", "zhangsan", "张三", null, null, null, null, null, true)).build();
    volatile Exception failure;
    volatile CountDownLatch inRead;
    volatile CountDownLatch release;
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public String id() {
      return "hr";
    }

    @Override
    public DirectorySnapshot read() throws Exception {
      reads.incrementAndGet();
      if (inRead != null) {
        inRead.countDown();
        release.await(30, TimeUnit.SECONDS);
      }
      if (failure != null) {
        throw failure;
      }
      return snapshot;
    }
  }

  private final KernelDatabase database = new KernelDatabase();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
  private final IdentityStore identities = new IdentityStore(database.jdbc());
  private final ChangeCounter changes = new ChangeCounter(database.jdbc(), Clock.systemUTC());
  private final DirectoryService directory = new DirectoryService(identities, changes);
  private final DirectorySourceStore store = new DirectorySourceStore(database.jdbc());
  private final HrSource hr = new HrSource();
  private final List<SyncSource> available = new CopyOnWriteArrayList<>(List.of(SyncSource.of("hr-plugin", hr)));
  private final DirectorySources sources = new DirectorySources(store, new DirectorySync(identities, changes,
      database.transactions(), clock), () -> available, database.transactions(), clock);

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void aSyncOnDemandStoresItsReport() {
    SyncRun run = sources.syncNow("hr");

    assertThat(run.succeeded()).isTrue();
    assertThat(run.trigger()).isEqualTo(SyncRun.Trigger.MANUAL);
    assertThat(run.result().peopleCreated()).isEqualTo(1);
    assertThat(directory.personByUsername("zhangsan")).isPresent();
    assertThat(sources.runs("hr", 10)).containsExactly(run);
    DirectorySources.SourceStatus status = sources.source("hr");
    assertThat(status.origin()).isEqualTo("hr-plugin");
    assertThat(status.available()).isTrue();
    assertThat(status.enabled()).isTrue();
    assertThat(status.intervalMinutes()).isEqualTo(60);
    assertThat(status.running()).isFalse();
    assertThat(status.lastRun()).isEqualTo(run);
  }

  @Test
  void aFailedReadIsReportedAndChangesNothing() {
    sources.syncNow("hr");
    hr.failure = new java.io.IOException("HR system answered 503");
    hr.snapshot = DirectorySnapshot.builder().build();

    SyncRun run = sources.syncNow("hr");

    assertThat(run.succeeded()).isFalse();
    assertThat(run.result()).isEqualTo(SyncResult.NOTHING);
    assertThat(run.error().key()).isEqualTo("directory.read.failed");
    assertThat(run.error().in(Locale.ROOT)).contains("HR system answered 503");
    assertThat(sources.runs("hr", 10).get(0).error().in(Locale.SIMPLIFIED_CHINESE)).contains("读取目录源 hr 失败");
    assertThat(directory.personByUsername("zhangsan").orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(sources.source("hr").running()).isFalse();
  }

  @Test
  void anInconsistentSnapshotIsAFailedRun() {
    hr.snapshot = DirectorySnapshot.builder()
        .person(new Member("e1", "zhangsan", "张三", null, null, null, null, null, true))
        .person(new Member("e1", "lisi", "李四", null, null, null, null, null, true)).build();

    SyncRun run = sources.syncNow("hr");

    assertThat(run.succeeded()).isFalse();
    assertThat(run.error().key()).isEqualTo("directory.snapshot.person.duplicate");
    assertThat(directory.personByUsername("zhangsan")).isEmpty();
  }

  @Test
  void theScheduleRunsEachSourceWhenItsIntervalHasPassed() {
    sources.runDue();
    assertThat(hr.reads).hasValue(1);
    assertThat(sources.runs("hr", 10)).singleElement().extracting(SyncRun::trigger)
        .isEqualTo(SyncRun.Trigger.SCHEDULE);

    clock.advance(Duration.ofMinutes(59));
    sources.runDue();
    assertThat(hr.reads).as("not due yet").hasValue(1);

    clock.advance(Duration.ofMinutes(1));
    sources.runDue();
    assertThat(hr.reads).hasValue(2);

    sources.setSchedule("hr", true, 240);
    clock.advance(Duration.ofMinutes(120));
    sources.runDue();
    assertThat(hr.reads).hasValue(2);

    sources.setSchedule("hr", false, 240);
    clock.advance(Duration.ofDays(1));
    sources.runDue();
    assertThat(hr.reads).as("disabled: on demand only").hasValue(2);
    assertThat(sources.syncNow("hr").succeeded()).isTrue();
    assertThat(hr.reads).hasValue(3);
  }

  @Test
  void aSourceNeverSyncsTwiceAtOnce() throws Exception {
    hr.inRead = new CountDownLatch(1);
    hr.release = new CountDownLatch(1);
    CompletableFuture<SyncRun> first = CompletableFuture.supplyAsync(() -> sources.syncNow("hr"));
    assertThat(hr.inRead.await(30, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> sources.syncNow("hr")).isInstanceOf(ConflictException.class);
    assertThat(sources.source("hr").running()).isTrue();
    // another node's claim is seen in the database
    DirectorySources otherNode = new DirectorySources(store, new DirectorySync(identities, changes,
        database.transactions(), clock), () -> available, database.transactions(), clock);
    assertThatThrownBy(() -> otherNode.syncNow("hr")).isInstanceOf(ConflictException.class);

    hr.release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).succeeded()).isTrue();
    assertThat(otherNode.syncNow("hr").succeeded()).isTrue();
  }

  @Test
  void aClaimOfADeadNodeIsTakenOverAfterTwoHours() {
    store.ensure("hr", true, 60, clock.instant());
    assertThat(store.claim("hr", clock.instant(), clock.instant().minus(Duration.ofHours(2)))).isTrue();
    assertThatThrownBy(() -> sources.syncNow("hr")).isInstanceOf(ConflictException.class);

    clock.advance(Duration.ofHours(2).plusMinutes(1));

    assertThat(sources.syncNow("hr").succeeded()).isTrue();
  }

  @Test
  void unknownInvalidAndDuplicateSourcesAreRefusedOrIgnored() {
    DirectorySource bad = new DirectorySource() {
      @Override
      public String id() {
        return "Bad Id";
      }

      @Override
      public DirectorySnapshot read() {
        return DirectorySnapshot.builder().build();
      }
    };
    available.add(SyncSource.of("bad-plugin", bad));
    available.add(SyncSource.of("copycat", hr));

    assertThat(sources.sources()).extracting(DirectorySources.SourceStatus::id).containsExactly("hr");
    assertThat(sources.sources().get(0).origin()).isEqualTo("hr-plugin");
    assertThatThrownBy(() -> sources.syncNow("nope")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sources.setSchedule("hr", true, 1)).isInstanceOf(InvalidInputException.class);

    sources.syncNow("hr");
    available.clear();
    assertThat(sources.sources()).singleElement().satisfies(s -> {
      assertThat(s.available()).isFalse();
      assertThat(s.lastRun()).isNotNull();
    });
    assertThatThrownBy(() -> sources.syncNow("hr")).isInstanceOf(ConflictException.class)
        .hasMessageContaining("not available");
  }

  @Test
  void reportsKeepAtMostTwoHundredWarnings() {
    DirectorySnapshot.Builder many = DirectorySnapshot.builder();
    for (int i = 0; i < 250; i++) {
      many.person(new Member("e" + i, "bad name " + i, "Bad " + i, null, null, null, null, null, true));
    }
    hr.snapshot = many.build();

    SyncRun run = sources.syncNow("hr");

    assertThat(run.result().peopleSkipped()).isEqualTo(250);
    assertThat(run.result().warnings()).hasSize(201).last().extracting(Message::key)
        .isEqualTo("directory.warn.more");
    assertThat(sources.runs("hr", 1).get(0).result().warnings()).hasSize(201);
  }
}
