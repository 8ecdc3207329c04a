package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.scheduler.Schedule;
import io.atrium.sdk.scheduler.Scheduler;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.Trigger;
import io.atrium.workflows.rules.storage.JdbcRuleStore;
import io.atrium.workflows.rules.timing.CheckMarks;
import io.atrium.workflows.runtime.WorkflowsInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Plans rules on the platform's scheduler: a cron rule as a recurring run of {@value #CRON_JOB} in the
 * company's zone (the scheduler fires runs missed while the server was down once at start); relative
 * dates through the {@value #DATES_JOB} sweep every {@link #SWEEP}, from the rule's check mark, which a
 * new rule gets when saved so that it fires from then on.
 */
@Component(service = RuleSchedules.class)
public class RuleSchedules {

  /** The job of cron rules; its run id is the rule's id ({@link #cronRunId}), its data names the rule. */
  public static final String CRON_JOB = "rules-cron";
  /** The job of the relative-date sweep. */
  public static final String DATES_JOB = "rules-dates";
  /** How often relative dates are swept. */
  static final Duration SWEEP = Duration.ofSeconds(20);
  /** Job data key: the rule. */
  static final String RULE = "rule";

  private final Scheduler scheduler;
  private final CheckMarks marks;
  private final AtriumClock clock;

  /** Declarative Services injects the parts. */
  @Activate
  public RuleSchedules(@Reference Scheduler scheduler, @Reference PluginPersistence persistence,
      @Reference Transactions transactions, @Reference AtriumClock clock) {
    this.scheduler = scheduler;
    this.marks = new JdbcRuleStore(persistence, transactions);
    this.clock = clock;
  }

  /** Plans a saved rule: its cron schedule if enabled, its check mark if new. */
  void planned(Rule rule) {
    if (rule.trigger() instanceof Trigger.Scheduled cron && rule.enabled()) {
      try {
        scheduler.scheduleRecurring(CRON_JOB, cronRunId(rule.id()), Schedule.cron(cron.cron(), clock.zone()),
            Map.of(RULE, rule.id()));
      } catch (IllegalArgumentException e) {
        throw new WorkflowsInputException(WorkflowsMessage.of("workflows.rules.runtime.badCron", cron.cron(),
            e.getMessage()));
      }
    }
    if (rule.trigger() instanceof Trigger.RelativeDate && marks.checkedUntil(rule.id()).isEmpty()) {
      marks.checked(rule.id(), clock.now());
    }
  }

  /** Takes a rule's cron schedule off (it is planned again if it is saved again). */
  void removed(Rule rule) {
    if (rule.trigger() instanceof Trigger.Scheduled) {
      scheduler.cancel(CRON_JOB, cronRunId(rule.id()));
    }
  }

  /** The run id of a rule's cron schedule: its id, or a name-based UUID of an id longer than the scheduler takes (80). */
  static String cronRunId(String ruleId) {
    return ruleId.length() <= 80 ? ruleId
        : "rule:" + UUID.nameUUIDFromBytes(ruleId.getBytes(StandardCharsets.UTF_8));
  }

  /** Starts the relative-date sweep; scheduling it again keeps one. */
  void sweepEvery() {
    scheduler.scheduleRecurring(DATES_JOB, "sweep", Schedule.every(SWEEP), Map.of());
  }
}
