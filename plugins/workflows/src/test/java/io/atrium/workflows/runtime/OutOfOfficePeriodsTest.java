package io.atrium.workflows.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.testkit.TestScheduler;
import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TaskOrigin;
import io.atrium.workflows.engine.TaskStatus;
import io.atrium.workflows.storage.JdbcInstanceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Out-of-office periods as Declarative Services wires them: the checks of a period, the start job
 * that hands the open tasks over, new turns going to the stand-in, and ending a period.
 */
class OutOfOfficePeriodsTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final LeadApprovals lead = new LeadApprovals(org);
  private final TestScheduler scheduler = org.kit.scheduler();
  private final OutOfOfficePeriods periods;

  OutOfOfficePeriodsTest() {
    periods = org.kit.create(OutOfOfficePeriods.class);
    scheduler.handler(OutOfOfficePeriods.JOB, new OutOfOfficeJob(periods));
  }

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void aPeriodIsCheckedBeforeItIsKept() {
    org.kit.user().userId(org.bob);
    Instant now = org.kit.clock().now();
    assertThatThrownBy(() -> periods.set(org.bob, now, now.plusSeconds(60))).isInstanceOf(WorkflowsInputException.class)
        .satisfies(e -> assertThat(((WorkflowsInputException) e).getMessage(Locale.ENGLISH)).contains("someone else"));
    assertThatThrownBy(() -> periods.set(999, now, now.plusSeconds(60))).isInstanceOf(WorkflowsInputException.class)
        .satisfies(e -> assertThat(((WorkflowsInputException) e).getMessage(Locale.ENGLISH)).contains("User 999"));
    assertThatThrownBy(() -> periods.set(org.carol, now, now)).isInstanceOf(WorkflowsInputException.class);
    assertThatThrownBy(() -> periods.set(org.carol, now.minusSeconds(120), now.minusSeconds(60)))
        .isInstanceOf(WorkflowsInputException.class);
    assertThatThrownBy(() -> periods.set(org.carol, now, now.plus(Duration.ofDays(367))))
        .isInstanceOf(WorkflowsInputException.class);
    assertThat(periods.mine()).isEmpty();
    assertThat(scheduler.scheduled()).isEmpty();
  }

  @Test
  void whenThePeriodStartsTheOpenTasksGoToTheStandInAndNewTurnsToo() throws Exception {
    ProcessInstance before = started();
    org.kit.user().userId(org.bob);
    Instant tomorrow = org.kit.clock().now().plus(Duration.ofDays(1));
    periods.set(org.dan, tomorrow, tomorrow.plus(Duration.ofDays(1)));
    periods.set(org.carol, tomorrow, tomorrow.plus(Duration.ofDays(2)));
    assertThat(scheduler.scheduled()).as("the second period replaced the first").singleElement()
        .satisfies(run -> assertThat(run.at()).isEqualTo(tomorrow));
    assertThat(scheduler.runDue()).isZero();
    assertThat(pendingOf(started())).as("not away yet").isEqualTo(org.bob);

    org.kit.clock().advance(Duration.ofDays(1));
    assertThat(scheduler.runDue()).isEqualTo(1);
    ProcessInstance covered = stored(before);
    assertThat(covered.tasks()).filteredOn(t -> t.assigneeId() == org.bob).extracting(Task::status)
        .containsExactly(TaskStatus.DELEGATED);
    assertThat(covered.pendingTaskOf(org.carol).orElseThrow().origin()).isEqualTo(TaskOrigin.OUT_OF_OFFICE);
    assertThat(org.kit.notifier().sent(ApprovalNotices.ASSIGNED)).anyMatch(n -> n.recipients().contains(org.carol));
    assertThat(pendingOf(started())).as("a new turn while away").isEqualTo(org.carol);

    org.kit.user().userId(org.bob);
    assertThat(periods.clear()).isTrue();
    assertThat(pendingOf(started())).as("back").isEqualTo(org.bob);
  }

  private long pendingOf(ProcessInstance instance) {
    return stored(instance).pendingTasks().stream().map(Task::assigneeId).findFirst().orElseThrow();
  }

  private ProcessInstance started() {
    return lead.started();
  }

  private ProcessInstance stored(ProcessInstance instance) {
    return lead.stored(instance);
  }
}
