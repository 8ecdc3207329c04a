package io.atrium.workflows.runtime;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.scheduler.Scheduler;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.storage.JdbcOutOfOffice;
import io.atrium.workflows.storage.OpenTask;
import io.atrium.workflows.storage.OutOfOffice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The caller's out-of-office period (外出/休假委托): while it lasts, every task that comes to them
 * goes to their stand-in (the engine asks at each turn). The tasks already on their list when the
 * period starts follow too: a one-shot job at the start hands each to the stand-in.
 */
@Component(service = OutOfOfficePeriods.class)
public class OutOfOfficePeriods {

  /** The job that hands a person's open tasks over when their period starts. */
  public static final String JOB = "out-of-office-start";
  /** The longest period. */
  public static final Duration LONGEST = Duration.ofDays(366);

  private static final Logger LOG = Logger.getLogger(OutOfOfficePeriods.class.getName());
  private static final String USER = "user";
  private static final int PAGE = 500;

  private final Approvals approvals;
  private final ApprovalEngine parts;
  private final Directory directory;
  private final Scheduler scheduler;
  private final AtriumClock clock;
  private final Transactions transactions;

  /** Declarative Services injects the parts. */
  @Activate
  public OutOfOfficePeriods(@Reference Approvals approvals, @Reference ApprovalEngine parts,
      @Reference Directory directory, @Reference Scheduler scheduler, @Reference AtriumClock clock,
      @Reference Transactions transactions) {
    this.approvals = approvals;
    this.parts = parts;
    this.directory = directory;
    this.scheduler = scheduler;
    this.clock = clock;
    this.transactions = transactions;
  }

  /** The caller's period, past, present or future; empty when none is set. */
  public Optional<OutOfOffice> mine() {
    return store().find(approvals.caller());
  }

  /**
   * Sets the caller's period, replacing the one they had; their open tasks go to the stand-in when
   * it starts (at once when it has started).
   *
   * @throws WorkflowsInputException naming what is wrong: the stand-in, or the dates
   */
  public OutOfOffice set(long standInId, Instant startsAt, Instant endsAt) {
    long caller = approvals.caller();
    Instant now = clock.now();
    if (standInId == caller) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.outOfOffice.standInSelf"));
    }
    if (directory.person(standInId).filter(Person::active).isEmpty()) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.outOfOffice.standInInactive", standInId));
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.outOfOffice.endsBeforeStart"));
    }
    if (!endsAt.isAfter(now)) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.outOfOffice.endsInPast"));
    }
    if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.outOfOffice.tooLong", LONGEST.toDays()));
    }
    OutOfOffice period = new OutOfOffice(caller, standInId, startsAt, endsAt);
    Instant start = startsAt.isAfter(now) ? startsAt : now;
    // the period and its start job commit together
    return transactions.required(() -> {
      store().find(caller).ifPresent(old -> scheduler.cancel(JOB, runId(old)));
      store().save(period);
      scheduler.scheduleOnce(JOB, runId(period), start, Map.of(USER, Long.toString(caller)));
      return period;
    });
  }

  /** Sets the caller's period by days, both included, in the company's time zone; see {@link #set}. */
  public OutOfOffice setDays(long standInId, LocalDate firstDay, LocalDate lastDay) {
    return set(standInId, startOf(firstDay), startOf(lastDay.plusDays(1)));
  }

  /** The first moment of a day in the company's time zone. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(clock.zone()).toInstant();
  }

  /** Ends the caller's period now; the tasks handed over stay with the stand-in (each can be taken back). */
  public boolean clear() {
    long caller = approvals.caller();
    return transactions.required(() -> {
      store().find(caller).ifPresent(period -> scheduler.cancel(JOB, runId(period)));
      return store().clear(caller);
    });
  }

  /**
   * Hands a person's pending tasks to their stand-in, if their period covers now; each task in a
   * transaction of its own, so that one that fails does not hold back the others.
   *
   * @return how many tasks moved
   */
  int handOver(long userId) {
    if (store().standIn(userId, clock.now()).isEmpty()) {
      return 0;
    }
    int moved = 0;
    for (OpenTask task : openTasks(userId)) {
      moved += handOver(task) ? 1 : 0;
    }
    LOG.info(() -> "Out of office: user " + userId + "'s open tasks went to the stand-in");
    return moved;
  }

  private boolean handOver(OpenTask task) {
    for (int attempt = 1; ; attempt++) {
      try {
        return approvals.covered(task.instanceId(), task.taskId());
      } catch (StaleInstanceException e) {
        if (attempt == 3) {
          LOG.warning(() -> "Out of office: task " + task.taskId() + " kept changing; it stays where it is");
          return false;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "Out of office: task " + task.taskId() + " could not be handed over");
        return false;
      }
    }
  }

  /** The user of a start job's data, if it names one. */
  static Optional<Long> user(Map<String, String> data) {
    try {
      return Optional.of(Long.parseLong(data.get(USER)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private List<OpenTask> openTasks(long userId) {
    List<OpenTask> all = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<OpenTask> page = parts.tasks().openTasks(userId, offset, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  private JdbcOutOfOffice store() {
    return parts.outOfOffice();
  }

  private static String runId(OutOfOffice period) {
    return "u" + period.userId() + "-" + period.startsAt().toEpochMilli();
  }
}
