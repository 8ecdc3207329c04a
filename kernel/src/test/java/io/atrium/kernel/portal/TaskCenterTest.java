package io.atrium.kernel.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.sdk.portal.TaskBox;
import io.atrium.sdk.portal.TaskProvider;
import io.atrium.sdk.portal.TaskQuery;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskCenterTest {

  private final ProviderCalls calls = new ProviderCalls(8);
  private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  /** Approvals arrive at even minutes, leads at odd ones: a merged list alternates. */
  private final FakeTasks approvals = new FakeTasks("approvals");
  private final FakeTasks leads = new FakeTasks("leads");
  private final Fakes<TaskProvider> fakes = new Fakes<TaskProvider>()
      .add("flow", "approvals-provider", approvals)
      .add("crm", "leads-provider", leads)
      .text("approvals.label", "Approvals").text("leads.label", "Leads")
      .text("approvals.approve", "Approve").text("approvals.reject", "Reject");

  @AfterEach
  void stop() {
    release.countDown();
    calls.close();
  }

  @Test
  void mergesTheSourcesNewestFirstAndPagesAcrossThem() {
    for (int i = 1; i <= 5; i++) {
      approvals.task(TaskBox.TODO, "a" + (2 * i), 2 * i);
      leads.task(TaskBox.TODO, "l" + (2 * i - 1), 2 * i - 1);
    }
    TaskCenter center = center();

    TaskList first = center.page(TaskBox.TODO, TaskFilter.NONE, 0, 4, Locale.ENGLISH);
    TaskList second = center.page(TaskBox.TODO, TaskFilter.NONE, 4, 4, Locale.ENGLISH);
    TaskList last = center.page(TaskBox.TODO, TaskFilter.NONE, 8, 4, Locale.ENGLISH);

    assertThat(first.rows()).extracting(r -> r.task().id()).containsExactly("a10", "l9", "a8", "l7");
    assertThat(second.rows()).extracting(r -> r.task().id()).containsExactly("a6", "l5", "a4", "l3");
    assertThat(last.rows()).extracting(r -> r.task().id()).containsExactly("a2", "l1");
    assertThat(first.total()).isEqualTo(10);
    assertThat(first.errors()).isEmpty();
    assertThat(first.rows().get(0)).extracting(TaskRow::source, TaskRow::pluginId, TaskRow::sourceLabel)
        .containsExactly("flow/approvals", "flow", "Approvals");
    // each source is asked for its newest tasks up to the end of the page
    assertThat(approvals.asked).extracting(TaskQuery::offset, TaskQuery::limit)
        .containsExactly(tuple(0, 4), tuple(0, 8), tuple(0, 12));
  }

  @Test
  void tiesKeepTheSourceOrderAndEachTabIsSeparate() {
    approvals.task(TaskBox.DONE, "a", 5);
    leads.task(TaskBox.DONE, "l", 5);
    approvals.task(TaskBox.TODO, "t", 1);

    TaskList done = center().page(TaskBox.DONE, TaskFilter.NONE, 0, 10, Locale.ENGLISH);

    // sources come in plugin order: crm before flow
    assertThat(done.rows()).extracting(r -> r.task().id()).containsExactly("l", "a");
    assertThat(done.total()).isEqualTo(2);
  }

  @Test
  void filtersReachTheSourcesAndASourceFilterAsksOnlyThatSourceForThePage() {
    approvals.task(TaskBox.TODO, "budget-1", 1).task(TaskBox.TODO, "budget-2", 2).task(TaskBox.TODO, "trip", 3)
        .task(TaskBox.TODO, "budget-3", 30);
    leads.task(TaskBox.TODO, "budget-lead", 2);
    TaskFilter filter = new TaskFilter(" budget ", "flow/approvals", FakeTasks.T0, FakeTasks.T0.plusSeconds(600));

    TaskList list = center().page(TaskBox.TODO, filter, 1, 5, Locale.ENGLISH);

    assertThat(list.rows()).extracting(r -> r.task().id()).containsExactly("budget-1");
    assertThat(list.total()).isEqualTo(2);
    assertThat(leads.asked).isEmpty();
    assertThat(approvals.asked).singleElement().satisfies(query -> {
      assertThat(query.text()).isEqualTo("budget");
      assertThat(query.offset()).isEqualTo(1);
      assertThat(query.limit()).isEqualTo(5);
      assertThat(query.from()).isEqualTo(FakeTasks.T0);
    });
  }

  @Test
  void countsEachTabOverAllSources() {
    approvals.task(TaskBox.TODO, "a1", 1).task(TaskBox.TODO, "a2", 2).task(TaskBox.CC, "c1", 3);
    leads.task(TaskBox.TODO, "l1", 1).task(TaskBox.STARTED, "s1", 1);

    TaskCounts counts = center().counts(Locale.ENGLISH);

    assertThat(counts.of(TaskBox.TODO)).isEqualTo(3);
    assertThat(counts.of(TaskBox.DONE)).isZero();
    assertThat(counts.of(TaskBox.CC)).isEqualTo(1);
    assertThat(counts.of(TaskBox.STARTED)).isEqualTo(1);
    assertThat(counts.errors()).isEmpty();
    assertThat(center().count(TaskBox.TODO)).isEqualTo(3);
    assertThat(center().total(TaskBox.TODO, new TaskFilter("a", null, null, null))).isEqualTo(3);
  }

  @Test
  void aSourceThatThrowsGivesAnErrorLineAndTheOthersStillShow() {
    approvals.task(TaskBox.TODO, "a1", 1);
    leads.task(TaskBox.TODO, "l1", 2).task(TaskBox.TODO, "l2", 3);
    approvals.failure = new IllegalStateException("engine down");

    TaskList list = center().page(TaskBox.TODO, TaskFilter.NONE, 0, 10, Locale.ENGLISH);
    TaskCounts counts = center().counts(Locale.SIMPLIFIED_CHINESE);

    assertThat(list.rows()).extracting(r -> r.task().id()).containsExactly("l2", "l1");
    assertThat(list.total()).isEqualTo(2);
    assertThat(list.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo("flow/approvals");
      assertThat(error.message()).contains("Approvals").contains("could not be loaded");
    });
    assertThat(counts.of(TaskBox.TODO)).isEqualTo(2);
    assertThat(counts.errors()).singleElement().satisfies(error -> assertThat(error.message()).contains("无法加载"));
    assertThat(center().count(TaskBox.TODO)).isEqualTo(2);
  }

  @Test
  void aSlowSourceIsLeftOutWhenItsTimeIsUp() {
    TaskProvider slow = new FakeTasks("slow") {
      @Override
      public long count(TaskBox box) {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return 99;
      }
    };
    fakes.add("slowpoke", "slow", slow);
    leads.task(TaskBox.TODO, "l1", 1);

    TaskCounts counts = new TaskCenter(fakes.parts(), calls, Duration.ofMillis(300), audited::add)
        .counts(Locale.ENGLISH);

    assertThat(counts.of(TaskBox.TODO)).isEqualTo(1);
    assertThat(counts.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo("slowpoke/slow");
      assertThat(error.message()).contains("did not arrive in time");
    });
  }

  @Test
  void stoppedPluginsAreLeftOut() {
    approvals.task(TaskBox.TODO, "a1", 1);
    leads.task(TaskBox.TODO, "l1", 1);
    fakes.stop("crm");

    assertThat(center().page(TaskBox.TODO, TaskFilter.NONE, 0, 10, Locale.ENGLISH).rows())
        .extracting(TaskRow::pluginId).containsOnly("flow");
    assertThat(center().sources(Locale.ENGLISH)).extracting(TaskSource::key).containsExactly("flow/approvals");
    assertThat(leads.asked).isEmpty();
  }

  @Test
  void listsSourcesWithTheirTranslatedBulkActions() {
    List<TaskSource> sources = center().sources(Locale.ENGLISH);

    assertThat(sources).extracting(TaskSource::key, TaskSource::label)
        .containsExactly(tuple("crm/leads", "Leads"), tuple("flow/approvals", "Approvals"));
    assertThat(sources.get(1).actions()).extracting(TaskSource.Action::id, TaskSource.Action::label,
        TaskSource.Action::needsComment, TaskSource.Action::domId)
        .containsExactly(tuple("approve", "Approve", false, "flow-approvals-approve"),
            tuple("reject", "Reject", true, "flow-approvals-reject"));
  }

  @Test
  void pagesBeyondTheMergeWindowAreEmptyAndSaySo() {
    approvals.task(TaskBox.TODO, "a1", 1);
    leads.task(TaskBox.TODO, "l1", 2);

    TaskList list = center().page(TaskBox.TODO, TaskFilter.NONE, TaskCenter.MAX_WINDOW, 20, Locale.ENGLISH);

    assertThat(list.rows()).isEmpty();
    assertThat(list.beyondWindow()).isTrue();
    assertThat(approvals.asked).extracting(TaskQuery::limit).containsExactly(TaskCenter.MAX_WINDOW);
  }

  @Test
  void aBulkActionIsAppliedToTheSourcesTasksWithAResultPerTask() {
    List<TaskRef> selected = List.of(ref("flow/approvals", "a1"), ref("crm/leads", "l1"),
        ref("flow/approvals", "locked-2"), ref("flow/approvals", "ghost-3"), ref("flow/approvals", "a1"));

    BulkOutcome outcome = center().perform("flow/approvals", "approve", selected, "  ok  ", Locale.ENGLISH);

    assertThat(outcome.action()).isEqualTo("Approve");
    assertThat(outcome.results()).extracting(r -> r.task().taskId(), BulkOutcome.Result::done)
        .containsExactly(tuple("a1", true), tuple("l1", false), tuple("locked-2", false), tuple("ghost-3", false));
    assertThat(outcome.results().get(1).message()).contains("another kind of task").contains("Approve");
    assertThat(outcome.results().get(2).message()).isEqualTo("Task locked-2 is locked by Carol");
    assertThat(outcome.results().get(3).message()).contains("did not say");
    assertThat(outcome.doneCount()).isEqualTo(1);
    assertThat(outcome.failedCount()).isEqualTo(3);
    assertThat(approvals.performed).containsExactly("approve:a1,locked-2,ghost-3:ok");
    assertThat(leads.performed).isEmpty();
    assertThat(audited).singleElement().satisfies(event -> {
      assertThat(event.category()).isEqualTo("data");
      assertThat(event.source()).isEqualTo("flow");
      assertThat(event.objectId()).isEqualTo("flow/approvals#approve");
    });
  }

  @Test
  void anActionThatNeedsACommentRefusesWithoutOneAndAppliesNothing() {
    assertThatThrownBy(() -> center().perform("flow/approvals", "reject", List.of(ref("flow/approvals", "a1")), "  ",
        Locale.ENGLISH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactly("comment"));
    assertThatThrownBy(() -> center().perform("flow/approvals", "approve", List.of(), null, Locale.ENGLISH))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> center().perform("flow/approvals", "approve", List.of(ref("flow/approvals", "a")),
        "x".repeat(TaskCenter.MAX_COMMENT + 1), Locale.ENGLISH)).isInstanceOf(InvalidInputException.class);
    List<TaskRef> tooMany = IntStream.range(0, TaskCenter.MAX_BULK + 1).mapToObj(i -> ref("flow/approvals", "t" + i))
        .toList();
    assertThatThrownBy(() -> center().perform("flow/approvals", "approve", tooMany, null, Locale.ENGLISH))
        .isInstanceOf(InvalidInputException.class);
    assertThat(approvals.performed).isEmpty();

    BulkOutcome rejected = center().perform("flow/approvals", "reject", List.of(ref("flow/approvals", "a1")),
        "not in budget", Locale.ENGLISH);
    assertThat(rejected.doneCount()).isEqualTo(1);
    assertThat(approvals.performed).containsExactly("reject:a1:not in budget");
  }

  @Test
  void aSourceThatThrowsOnABulkActionFailsEveryTaskWithAReference() {
    approvals.failure = new IllegalStateException("optimistic lock");

    BulkOutcome outcome = center().perform("flow/approvals", "approve",
        List.of(ref("flow/approvals", "a1"), ref("flow/approvals", "a2")), null, Locale.ENGLISH);

    assertThat(outcome.results()).allSatisfy(r -> {
      assertThat(r.done()).isFalse();
      assertThat(r.message()).contains("could not be applied").containsPattern("reference [0-9a-f]{8}");
    });
    assertThat(audited).hasSize(1);
  }

  @Test
  void unknownActionsAndSourcesApplyNothing() {
    BulkOutcome unknownAction = center().perform("flow/approvals", "delete-everything",
        List.of(ref("flow/approvals", "a1")), null, Locale.ENGLISH);
    BulkOutcome unknownSource = center().perform("nope/none", "approve", List.of(ref("nope/none", "a1")), null,
        Locale.ENGLISH);

    assertThat(unknownAction.results()).singleElement().satisfies(r -> assertThat(r.message()).contains("not offered"));
    assertThat(unknownSource.results()).singleElement().satisfies(r -> assertThat(r.message())
        .contains("not running"));
    assertThat(approvals.performed).isEmpty();
  }

  @Test
  void taskReferencesSurviveTheirKey() {
    TaskRef ref = ref("crm-lite/leads", "42,<b>&\"x\"");

    assertThat(ref.key()).matches("[A-Za-z0-9_-]+");
    assertThat(TaskRef.parse(ref.key())).contains(ref);
    assertThat(TaskRef.parse("!!!")).isEmpty();
    assertThat(TaskRef.parse(null)).isEmpty();
  }

  private TaskCenter center() {
    return new TaskCenter(fakes.parts(), calls, Duration.ofSeconds(5), audited::add);
  }

  private static TaskRef ref(String source, String id) {
    return new TaskRef(source, id);
  }
}
