package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.event.Event;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.time.BusinessCalendar;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.TriggerKind;
import io.atrium.workflows.rules.run.FieldChange;
import io.atrium.workflows.rules.run.LoggedRun;
import io.atrium.workflows.rules.run.RecordRef;
import io.atrium.workflows.rules.run.RuleEvent;
import io.atrium.workflows.rules.run.RuleRun;
import io.atrium.workflows.rules.run.RuleRunner;
import io.atrium.workflows.rules.storage.JdbcRuleStore;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.ContributedActions;
import io.atrium.workflows.runtime.RecordSources;
import io.atrium.workflows.runtime.WorkflowsInputException;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the saved rules in the server: on outbox events, on their schedules and relative dates, and
 * in test mode; the runner's parts are the JDBC rule store, {@link RuleEffects} on the platform's
 * services and the rule to-dos.
 */
@Component(service = RuleService.class)
public class RuleService {

  private final RuleRegistry registry;
  private final RuleEvents events;
  private final RuleRunner runner;
  private final JdbcRuleStore store;
  private final JdbcRuleTodos todos;
  private final AtriumClock clock;
  private final DateSweep sweep;

  /** Declarative Services injects the parts. */
  @Activate
  public RuleService(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference RuleRegistry registry, @Reference RecordSources sources, @Reference Approvals approvals,
      @Reference Notifier notifier, @Reference ContributedActions actions, @Reference Expressions expressions,
      @Reference Directory directory, @Reference BusinessCalendar calendar, @Reference AtriumClock clock) {
    RuleJdbc jdbc = new RuleJdbc(persistence, transactions);
    JdbcRuleChanges changes = new JdbcRuleChanges(jdbc);
    this.registry = registry;
    this.events = new RuleEvents(sources, changes);
    this.store = new JdbcRuleStore(persistence, transactions);
    this.todos = new JdbcRuleTodos(jdbc);
    this.clock = clock;
    RuleEffects effects = new RuleEffects(sources, approvals, notifier, actions.registry(), todos, changes, clock);
    this.runner = new RuleRunner(new RuleRunner.Parts(registry, effects, store, store, store, todos::openCount,
        expressions, directory, calendar, clock, transactions));
    this.sweep = new DateSweep(registry, sources, store, runner, clock, transactions);
  }

  /** Runs the rules an outbox event triggers; an event no enabled rule listens to costs one catalog read. */
  public List<RuleRun> onEvent(Event event) {
    String source = RuleEvents.sourceOf(event);
    boolean wanted = source != null && registry.rules().stream().anyMatch(r -> r.enabled()
        && source.equals(r.source()));
    if (!wanted) {
      return List.of();
    }
    return events.of(event).map(runner::run).orElse(List.of());
  }

  /** Runs a cron rule's firing that fell due at {@code due}. */
  public List<RuleRun> scheduled(String ruleKey, Instant due) {
    return runner.run(RuleEvent.scheduled(ruleKey, due));
  }

  /** Runs the relative-date firings due since the last sweep, of every enabled rule. */
  public int sweepDates() {
    return sweep.run();
  }

  /**
   * Test mode: what a rule (saved, or {@code draft} if given) would do on a record now, doing nothing.
   *
   * @param kind the event to imagine, or null for the rule's own trigger
   * @param changed for an update: the fields to imagine changed (their current values as new)
   * @param outcome for an approval end: {@code approved}, {@code rejected} or {@code withdrawn}
   */
  public RuleRun test(Rule rule, String recordRef, TriggerKind kind, List<String> changed, String outcome) {
    TriggerKind imagined = kind == null ? rule.trigger().kind() : kind;
    String id = "test:" + UUID.randomUUID();
    Instant now = clock.now();
    if (imagined == TriggerKind.SCHEDULE) {
      return runner.test(rule, RuleEvent.scheduled(rule.id(), now));
    }
    if (recordRef == null) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.rules.runtime.testNeedsRecord", rule.id()));
    }
    io.atrium.workflows.runtime.RecordRef parsed = io.atrium.workflows.runtime.RecordRef.parse(recordRef);
    RecordRef ref = new RecordRef(parsed.sourceKey(), parsed.id());
    RecordData record = events.record(ref).orElseThrow(() -> new WorkflowsNotFoundException(WorkflowsMessage.of(
        "workflows.rules.runtime.noRecord", recordRef)));
    Map<String, Object> fields = record.values();
    RuleEvent event = switch (imagined) {
      case RECORD_CREATED -> RuleEvent.created(id, ref, fields, record.ownerId(), record.createdBy(), null, now);
      case RECORD_UPDATED -> {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        (changed == null ? List.<String>of() : changed).forEach(f -> changes.put(f, new FieldChange(null,
            record.value(f))));
        yield RuleEvent.updated(id, ref, fields, changes, record.ownerId(), record.updatedBy(), null, now);
      }
      case RECORD_DELETED -> RuleEvent.deleted(id, ref, fields, record.ownerId(), record.updatedBy(), now);
      case APPROVAL_FINISHED -> RuleEvent.approvalFinished(id, ref, fields, record.ownerId(), null,
          outcome == null ? "approved" : outcome, now);
      default -> RuleEvent.relativeDate(id, rule.id(), ref, fields, record.ownerId(), now);
    };
    return runner.test(rule, event);
  }

  /** The latest runs of a rule, newest first. */
  public List<LoggedRun> runs(String ruleKey, int limit) {
    return store.recent(ruleKey, limit);
  }

  /** The rule to-dos. */
  JdbcRuleTodos todos() {
    return todos;
  }
}
