package io.atrium.workflows.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.TriggerKind;
import io.atrium.workflows.rules.run.LoggedRun;
import io.atrium.workflows.rules.run.PlannedAction;
import io.atrium.workflows.rules.run.PlannedEffect;
import io.atrium.workflows.rules.run.RecordRef;
import io.atrium.workflows.rules.run.RuleRun;
import io.atrium.workflows.rules.run.RunOutcome;
import io.atrium.workflows.storage.StorageException;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules' store on the plugin's tables; subclasses give a migrated database. */
public abstract class RuleStoreContract {

  private static final Instant AT = Instant.parse("2026-03-02T06:00:00Z");

  private JdbcRuleStore store;
  private Transactions transactions;

  /** The plugin's persistence on a migrated database. */
  protected abstract PluginPersistence persistence();

  /** Transactions on that database. */
  protected abstract Transactions transactions();

  /** Releases the database. */
  protected abstract void closeDatabase();

  @BeforeEach
  void open() {
    transactions = transactions();
    store = new JdbcRuleStore(persistence(), transactions);
  }

  @AfterEach
  void close() {
    closeDatabase();
  }

  @Test
  void theRunLogGivesARulesRunsNewestFirstWithTheirMessages() {
    RecordRef lead = new RecordRef("leads", 1);
    store.append(new RuleRun("r", "r:e1", "e1", TriggerKind.RECORD_CREATED, lead, RunOutcome.DONE, false,
        List.of(new PlannedAction(0, "r:e1#0", List.of(new PlannedEffect.SetOwner(lead, 5L)), false)), null, AT));
    store.append(new RuleRun("r", "r:e2", "e2", TriggerKind.RECORD_CREATED, lead, RunOutcome.FAILED, false, List.of(),
        WorkflowsMessage.of("workflows.rules.run.noMapping", "region", "西南"), AT.plusSeconds(1)));
    store.append(new RuleRun("other", "other:e2", "e2", TriggerKind.SCHEDULE, null, RunOutcome.TEST, true, List.of(),
        null, AT));

    List<LoggedRun> runs = store.recent("r", 10);

    assertThat(runs).extracting(LoggedRun::runId).containsExactly("r:e2", "r:e1");
    assertThat(runs.get(0).message().english())
        .isEqualTo("The mapping table has no user for region = 西南, and no one is named otherwise.");
    assertThat(runs.get(1)).isEqualTo(new LoggedRun("r", "r:e1", "e1", TriggerKind.RECORD_CREATED, "leads/1",
        RunOutcome.DONE, false, null, "SetOwner[record=leads/1, ownerId=5]", AT));
    assertThat(store.recent("r", 1)).hasSize(1);
    assertThat(store.recent("other", 1).get(0).test()).isTrue();
  }

  @Test
  void anAppliedKeyIsKeptOnlyWhenItsTransactionCommits() {
    try {
      transactions.required(() -> {
        store.markApplied("r:e1#0", AT);
        throw new IllegalStateException("the action failed");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(store.isApplied("r:e1#0")).isFalse();

    store.markApplied("r:e1#0", AT);

    assertThat(store.isApplied("r:e1#0")).isTrue();
    assertThatThrownBy(() -> store.markApplied("r:e1#0", AT)).isInstanceOf(StorageException.class);
    assertThat(store.forgetAppliedBefore(AT.plusSeconds(1))).isEqualTo(1);
    assertThat(store.isApplied("r:e1#0")).isFalse();
  }

  @Test
  void firstTurnsOfANewCursorAtOnceAllSucceedWithDistinctTurns() throws Exception {
    int writers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Long>> turns = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        turns.add(pool.submit(() -> {
          start.await();
          return transactions.required(() -> {
            long turn = store.advance("rr#new");
            pause(); // holds the turn's transaction open, so the first turns overlap
            return turn;
          });
        }));
      }
      start.countDown();
      List<Long> taken = new ArrayList<>();
      for (Future<Long> turn : turns) {
        taken.add(turn.get(30, TimeUnit.SECONDS));
      }
      assertThat(taken).containsExactlyInAnyOrder(0L, 1L, 2L, 3L);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cursorsTakeTurnsAndSurviveANewStore() {
    assertThat(store.peek("rr#0")).isZero();
    assertThat(store.advance("rr#0")).isZero();
    assertThat(store.advance("rr#0")).isEqualTo(1);
    assertThat(store.advance("rr#1")).isZero();

    JdbcRuleStore again = new JdbcRuleStore(persistence(), transactions);
    assertThat(again.peek("rr#0")).isEqualTo(2);
    assertThat(again.advance("rr#0")).isEqualTo(2);
  }

  @Test
  void checkMarksAreWrittenAndMoved() {
    assertThat(store.checkedUntil("birthday")).isEmpty();

    store.checked("birthday", AT);
    store.checked("birthday", AT.plusSeconds(60));

    assertThat(store.checkedUntil("birthday")).contains(AT.plusSeconds(60));
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
