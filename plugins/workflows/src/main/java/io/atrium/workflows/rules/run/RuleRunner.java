package io.atrium.workflows.rules.run;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.time.BusinessCalendar;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules an event triggers. Per rule, in a transaction of its own: the loop and depth checks,
 * the condition, then each action planned and, unless its key was applied before, performed through
 * {@link Effects} and its key recorded; the run goes to the {@link RunLog}. A failure rolls the run
 * back and is logged as {@link RunOutcome#FAILED} with its message; other rules still run. Test mode
 * plans the same effects (without moving round-robin cursors) and performs nothing.
 */
public final class RuleRunner {

  /** How many rule runs in a row may cause each other before the chain is stopped. */
  public static final int MAX_DEPTH = 5;

  /** The parts the runner works with; the runtime gives the platform's services and the JDBC store. */
  public record Parts(RuleCatalog catalog, Effects effects, RunLog log, AppliedKeys appliedKeys, Cursors cursors,
      OpenItems openItems, Expressions expressions, Directory directory, BusinessCalendar calendar, AtriumClock clock,
      Transactions transactions) {
  }

  private final Parts parts;
  private final Evaluator evaluator;
  private final ActionPlanner planner;

  /** A runner on its parts. */
  public RuleRunner(Parts parts) {
    this.parts = parts;
    this.evaluator = new Evaluator(parts.expressions());
    this.planner = new ActionPlanner(evaluator, new OwnerPicker(parts.directory(), parts.cursors(), parts.openItems()),
        new PeopleResolver(parts.directory()), new DueTimes(parts.calendar(), parts.clock().zone()));
  }

  /** Runs every enabled rule the event triggers, in catalog order. */
  public List<RuleRun> run(RuleEvent event) {
    List<RuleRun> runs = new ArrayList<>();
    for (Rule rule : parts.catalog().rules()) {
      if (rule.enabled() && TriggerMatch.matches(rule, event)) {
        runs.add(runLogged(rule, event, false));
      }
    }
    return runs;
  }

  /**
   * Test mode: what the rule (saved or a draft, enabled or not) would do on the event, performing
   * nothing; logged as a test run.
   */
  public RuleRun test(Rule rule, RuleEvent event) {
    if (!TriggerMatch.matches(rule, event)) {
      RuleRun run = result(rule, event, RunOutcome.SKIPPED, true, List.of(),
          WorkflowsMessage.of("workflows.rules.run.noMatch", event.kind(), rule.trigger().kind()));
      parts.transactions().requiresNew(() -> {
        parts.log().append(run);
        return null;
      });
      return run;
    }
    return runLogged(rule, event, true);
  }

  private RuleRun runLogged(Rule rule, RuleEvent event, boolean test) {
    try {
      return parts.transactions().requiresNew(() -> {
        RuleRun run = runOnce(rule, event, test);
        parts.log().append(run);
        return run;
      });
    } catch (RuntimeException e) {
      WorkflowsMessage message = e instanceof WorkflowsException refused ? refused.reason()
          : WorkflowsMessage.of("workflows.rules.run.failed", e.getMessage() == null ? e.toString() : e.getMessage());
      RuleRun failed = result(rule, event, RunOutcome.FAILED, test, List.of(), message);
      parts.transactions().requiresNew(() -> {
        parts.log().append(failed);
        return null;
      });
      return failed;
    }
  }

  private RuleRun runOnce(Rule rule, RuleEvent event, boolean test) {
    RuleOrigin cause = event.origin();
    if (cause != null && cause.chain().contains(rule.id())) {
      return result(rule, event, RunOutcome.SKIPPED, test, List.of(),
          WorkflowsMessage.of("workflows.rules.run.loop", String.join(" → ", cause.chain())));
    }
    if (cause != null && cause.depth() >= MAX_DEPTH) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.rules.run.tooDeep",
          String.join(" → ", cause.chain()) + " → " + rule.id(), MAX_DEPTH));
    }
    Map<String, Object> variables = RunVariables.of(event);
    if (!evaluator.holds(rule.condition(), variables)) {
      return result(rule, event, RunOutcome.SKIPPED, test, List.of(), null);
    }
    String runId = runId(rule, event);
    RuleOrigin origin = RuleOrigin.next(cause, rule.id(), runId);
    Instant now = parts.clock().now();
    List<PlannedAction> actions = new ArrayList<>();
    for (int i = 0; i < rule.actions().size(); i++) {
      String key = runId + "#" + i;
      boolean applied = !test && parts.appliedKeys().isApplied(key);
      List<PlannedEffect> effects = applied ? List.of() : planner.plan(rule, i, event, variables, now, test);
      if (!test && !applied) {
        effects.forEach(effect -> effect.applyTo(parts.effects(), origin, key));
        parts.appliedKeys().markApplied(key, now);
      }
      actions.add(new PlannedAction(i, key, effects, applied));
    }
    return result(rule, event, test ? RunOutcome.TEST : RunOutcome.DONE, test, actions, null);
  }

  /** The run id: the rule and the event, the same for every delivery of the event. */
  public static String runId(Rule rule, RuleEvent event) {
    return rule.id() + ":" + event.id();
  }

  private RuleRun result(Rule rule, RuleEvent event, RunOutcome outcome, boolean test, List<PlannedAction> actions,
      WorkflowsMessage message) {
    return new RuleRun(rule.id(), runId(rule, event), event.id(), event.kind(), event.record(), outcome, test, actions,
        message, parts.clock().now());
  }
}
