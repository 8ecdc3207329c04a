package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.workflow.WorkflowAction;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.action.ActionRegistry;
import io.atrium.workflows.rules.run.Effects;
import io.atrium.workflows.rules.run.RecordRef;
import io.atrium.workflows.rules.run.RuleOrigin;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.RecordLinks;
import io.atrium.workflows.runtime.RecordSources;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What rules change, on the platform: fields and owners through the record sources (each change's
 * rule chain kept, so its event does not trigger the rule again), new records, to-dos in the rule
 * to-do table, processes through {@link Approvals}, notifications and contributed actions. Runs in
 * the rule run's transaction.
 */
final class RuleEffects implements Effects {

  /** Notification category of a rule's notice. */
  static final String CATEGORY = "workflows.rules.notice";

  private final RecordSources sources;
  private final Approvals approvals;
  private final Notifier notifier;
  private final ActionRegistry actions;
  private final JdbcRuleTodos todos;
  private final JdbcRuleChanges changes;
  private final AtriumClock clock;

  RuleEffects(RecordSources sources, Approvals approvals, Notifier notifier, ActionRegistry actions,
      JdbcRuleTodos todos, JdbcRuleChanges changes, AtriumClock clock) {
    this.sources = sources;
    this.approvals = approvals;
    this.notifier = notifier;
    this.actions = actions;
    this.todos = todos;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public void setFields(RecordRef record, Map<String, Object> values, RuleOrigin origin, String actionKey) {
    RecordData updated = source(record.source()).update(record.id(), -1, values);
    changes.made(record.toString(), updated.version(), origin, clock.now());
  }

  @Override
  public void setOwner(RecordRef record, Long ownerId, RuleOrigin origin, String actionKey) {
    RecordData updated;
    try {
      updated = source(record.source()).setOwner(record.id(), ownerId);
    } catch (UnsupportedOperationException e) {
      throw refused("workflows.rules.effects.noOwner", record.source());
    }
    changes.made(record.toString(), updated.version(), origin, clock.now());
  }

  @Override
  public void createRecord(String source, Map<String, Object> values, RuleOrigin origin, String actionKey) {
    RecordData created;
    try {
      created = source(source).create(values, null);
    } catch (UnsupportedOperationException e) {
      throw refused("workflows.rules.effects.noCreate", source);
    }
    changes.made(new RecordRef(source, created.id()).toString(), created.version(), origin, clock.now());
  }

  @Override
  public void createTodo(long assigneeId, String title, Instant due, RecordRef record, RuleOrigin origin,
      String actionKey) {
    todos.add(actionKey, assigneeId, ruleOf(origin), title, record == null ? null : record.toString(), due,
        clock.now());
  }

  @Override
  public void startProcess(String definitionKey, RecordRef record, Long starterId, RuleOrigin origin,
      String actionKey) {
    if (starterId == null) {
      throw refused("workflows.rules.effects.noStarter", definitionKey);
    }
    // the engine keeps action ids of at most 100 characters; the key's UUID is the same on every delivery
    String actionId = "rule:" + UUID.nameUUIDFromBytes(actionKey.getBytes(StandardCharsets.UTF_8));
    approvals.startFor(actionId, definitionKey, record.toString(), starterId);
  }

  @Override
  public void notify(Set<Long> recipients, String ruleName, String message, RecordRef record, RuleOrigin origin,
      String actionKey) {
    if (recipients.isEmpty()) {
      return;
    }
    Notification.Builder notice = Notification.builder(CATEGORY, "workflows.rules.notify.title")
        .body("workflows.rules.notify.body").to(recipients).args(ruleName, message == null ? "" : message,
            record == null ? "" : record.toString())
        .key("workflows:rule:" + UUID.nameUUIDFromBytes(actionKey.getBytes(StandardCharsets.UTF_8)));
    if (record != null) {
      notice.link(RecordLinks.of(new io.atrium.workflows.runtime.RecordRef(record.source(), record.id())));
    }
    notifier.send(notice.build());
  }

  @Override
  public void callAction(String actionId, Map<String, Object> inputs, RecordRef record, RuleOrigin origin,
      String actionKey) {
    WorkflowAction action = actions.find(actionId).orElseThrow(() -> refused("workflows.rules.effects.noAction",
        actionId));
    Map<String, Object> variables = record == null ? Map.of()
        : source(record.source()).get(record.id()).map(RecordData::values).orElse(Map.of());
    action.run(record == null ? null : record.toString(), inputs, variables);
  }

  private RecordSource source(String key) {
    return sources.source(key).orElseThrow(() -> refused("workflows.runtime.unknownSource", key));
  }

  /** The rule that made a change: the last of the chain. */
  private static String ruleOf(RuleOrigin origin) {
    return origin.chain().get(origin.chain().size() - 1);
  }

  private static WorkflowsException refused(String key, Object... args) {
    return new WorkflowsException(WorkflowsMessage.of(key, args));
  }
}
