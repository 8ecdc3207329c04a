package io.atrium.workflows.engine;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.approver.ApproverStrategies;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.ProcessGraph;
import io.atrium.workflows.definition.Sla;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The approval engine: starts instances on records and applies actions to them. Each call is one
 * step of the state machine, run by the caller inside its transaction (together with the record's
 * approval status); nothing is stored unless the step succeeds. Thread-safe.
 */
public final class WorkflowEngine {

  /** The longest comment an action may carry (the trail keeps it). */
  public static final int MAX_COMMENT = 2000;
  /** The longest record reference. */
  public static final int MAX_RECORD_REF = 200;

  private final DefinitionSource definitions;
  private final InstanceStore store;
  private final RecordFields records;
  private final Directory directory;
  private final Clock clock;
  private final EngineRun.Services services;
  private final DueTimers timers;
  private final Map<String, ProcessGraph> graphs = new ConcurrentHashMap<>();

  /** Creates the engine over its storage and the platform's services, without automation and business calendar. */
  public WorkflowEngine(DefinitionSource definitions, InstanceStore store, RecordFields records,
      ApproverStrategies strategies, Directory directory, Expressions expressions, Clock clock) {
    this(definitions, store, records, strategies, directory, expressions, clock, EngineHooks.none());
  }

  /** Creates the engine over its storage, the platform's services, and what automation and timers need. */
  public WorkflowEngine(DefinitionSource definitions, InstanceStore store, RecordFields records,
      ApproverStrategies strategies, Directory directory, Expressions expressions, Clock clock, EngineHooks hooks) {
    this.definitions = definitions;
    this.store = store;
    this.records = records;
    this.directory = directory;
    this.clock = clock;
    Deadlines deadlines = new Deadlines(hooks.calendar(), clock.getZone());
    this.services = new EngineRun.Services(strategies, directory, new ConditionCache(expressions),
        new Automations(expressions, hooks.records(), hooks.actions()), deadlines, hooks.absences());
    this.timers = new DueTimers(hooks.calendar(), clock.getZone());
  }

  /**
   * Starts the newest version of a process on a record.
   *
   * @param actionId the caller's id for this start: the same id again returns the same instance
   */
  public ActionResult start(String actionId, String definitionKey, String recordRef, long submitterId) {
    String fingerprint = "start|" + definitionKey + "|" + recordRef + "|" + submitterId;
    Optional<ActionResult> repeat = repeat(actionId, fingerprint);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    if (recordRef == null || recordRef.isBlank() || recordRef.length() > MAX_RECORD_REF) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.badRecordRef", MAX_RECORD_REF));
    }
    ProcessDefinition definition = definitions.latest(definitionKey).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.unknownProcess", definitionKey)));
    ProcessInstance fresh = new ProcessInstance(UUID.randomUUID().toString(), definition.key(), definition.version(),
        recordRef, submitterId, 0, InstanceStatus.RUNNING, List.of(), List.of(), List.of(), 0);
    EngineRun run = run(fresh);
    run.start();
    ProcessInstance started = run.result();
    store.insert(started);
    return remember(actionId, fingerprint, started, run);
  }

  /**
   * Applies an action to an instance.
   *
   * @param expectedVersion the version the actor saw; another version means someone acted first
   * @throws StaleInstanceException when the instance has another version
   * @throws WorkflowsException when the action is not allowed, with the reason
   */
  public ActionResult act(String instanceId, long expectedVersion, Action action) {
    String fingerprint = instanceId + "|" + action;
    Optional<ActionResult> repeat = repeat(action.actionId(), fingerprint);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    String comment = action.comment();
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.commentTooLong", MAX_COMMENT));
    }
    ProcessInstance instance = store.find(instanceId).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.unknownInstance", instanceId)));
    if (instance.version() != expectedVersion) {
      throw new StaleInstanceException(instanceId, expectedVersion, instance.version());
    }
    if (instance.status() != InstanceStatus.RUNNING) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.instanceEnded",
          instance.status().name().toLowerCase(java.util.Locale.ROOT)));
    }
    EngineRun run = run(instance);
    apply(run, action);
    ProcessInstance next = run.result();
    store.update(instance, next);
    return remember(action.actionId(), fingerprint, next, run);
  }

  /**
   * Moves on a token whose delay is over. Idempotent: when the token no longer waits at that visit
   * (woken before, returned past, or the instance ended) nothing changes and the result says
   * {@code repeated}.
   *
   * @param visit the delay node's visit the timer was set for ({@link DueTimer#visit()})
   * @throws StaleInstanceException when the instance has another version
   * @throws WorkflowsException when the delay is not over yet
   */
  public ActionResult wake(String instanceId, String tokenId, int visit, long expectedVersion) {
    ProcessInstance instance = stored(instanceId);
    Token token = instance.tokens().stream().filter(t -> t.id().equals(tokenId)).findFirst().orElse(null);
    if (instance.status() != InstanceStatus.RUNNING || token == null || !token.waiting() || token.visit() != visit) {
      return unchanged(instance);
    }
    checkVersion(instance, expectedVersion);
    EngineRun run = run(instance);
    if (token.dueAt().isAfter(run.now())) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.notDue", token.dueAt()));
    }
    run.wake(token);
    return store(instance, run);
  }

  /**
   * Applies the n-th SLA reminder of a pending task. Idempotent per firing: once that reminder (or a
   * later one) was applied, or the task is no longer pending, nothing changes and nobody is to be told.
   *
   * @param firing the reminder's number, from 1 ({@link DueTimer#firing()})
   * @throws WorkflowsException when the reminder is not due yet, or the node has no such reminder
   */
  public Reminder remind(String instanceId, String taskId, int firing) {
    ProcessInstance instance = stored(instanceId);
    Task task = instance.task(taskId).orElse(null);
    if (instance.status() != InstanceStatus.RUNNING || task == null || task.status() != TaskStatus.PENDING
        || task.reminders() >= firing) {
      return new Reminder(unchanged(instance), List.of());
    }
    EngineRun run = run(instance);
    Instant due = services.deadlines().reminderDue(task, sla(instance, task), firing);
    checkDue(due, run.now());
    run.remind(task, firing);
    return new Reminder(store(instance, run), List.of(task.assigneeId()));
  }

  /**
   * Applies the SLA's escalation to a pending task, as a system action in the trail. No effect when
   * the task is already done or escalated.
   *
   * @throws StaleInstanceException when the instance has another version
   * @throws WorkflowsException when the escalation is not due yet, or the node has none
   */
  public ActionResult escalate(String instanceId, String taskId, long expectedVersion) {
    ProcessInstance instance = stored(instanceId);
    Task task = instance.task(taskId).orElse(null);
    if (instance.status() != InstanceStatus.RUNNING || task == null || task.status() != TaskStatus.PENDING
        || task.escalated()) {
      return unchanged(instance);
    }
    checkVersion(instance, expectedVersion);
    EngineRun run = run(instance);
    Sla sla = sla(instance, task);
    checkDue(services.deadlines().escalationDue(task, sla), run.now());
    run.escalate(task, sla.escalation());
    return store(instance, run);
  }

  /**
   * Hands a pending task of someone now out of office to their stand-in, as the system. Idempotent:
   * when the task is no longer pending or its assignee is in (or has no usable stand-in), nothing
   * changes and the result says {@code repeated}.
   */
  public ActionResult coverAbsence(String instanceId, String taskId) {
    ProcessInstance instance = stored(instanceId);
    Task task = instance.task(taskId).orElse(null);
    if (instance.status() != InstanceStatus.RUNNING || task == null || task.status() != TaskStatus.PENDING) {
      return unchanged(instance);
    }
    EngineRun run = run(instance);
    return run.coverAbsence(task) ? store(instance, run) : unchanged(instance);
  }

  /** The timers an instance needs now, soonest first ({@link DueTimers}); none once it ended. */
  public List<DueTimer> dueTimers(String instanceId) {
    ProcessInstance instance = stored(instanceId);
    return timers.of(instance, graph(instance));
  }

  /**
   * What a reminder did.
   *
   * @param result the instance after it; {@code repeated} when it changed nothing
   * @param recipients who to remind; empty when it changed nothing
   */
  public record Reminder(ActionResult result, List<Long> recipients) {

    /** Freezes the list. */
    public Reminder {
      recipients = List.copyOf(recipients);
    }
  }

  private Sla sla(ProcessInstance instance, Task task) {
    Node node = graph(instance).node(task.nodeId());
    return node instanceof ApproverNode approver ? approver.sla() : Sla.NONE;
  }

  private static void checkDue(Instant due, Instant now) {
    if (due == null) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.noSuchTimer"));
    }
    if (due.isAfter(now)) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.notDue", due));
    }
  }

  private static void checkVersion(ProcessInstance instance, long expectedVersion) {
    if (instance.version() != expectedVersion) {
      throw new StaleInstanceException(instance.id(), expectedVersion, instance.version());
    }
  }

  private ProcessInstance stored(String instanceId) {
    return store.find(instanceId).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.unknownInstance", instanceId)));
  }

  private static ActionResult unchanged(ProcessInstance instance) {
    return new ActionResult(instance, instance.approvalStatus(), List.of(), true);
  }

  private ActionResult store(ProcessInstance before, EngineRun run) {
    ProcessInstance next = run.result();
    store.update(before, next);
    return new ActionResult(next, next.approvalStatus(), run.events(), false);
  }

  /** A node of the version an instance runs on, from the engine's cache of process graphs. */
  public Optional<Node> node(ProcessInstance instance, String nodeId) {
    return graph(instance).find(nodeId);
  }

  /** An instance as stored. */
  public Optional<ProcessInstance> instance(String instanceId) {
    return store.find(instanceId);
  }

  /** The nodes a pending task may return the record to, nearest first (the start node hands it to the submitter). */
  public List<String> returnTargets(String instanceId, String taskId) {
    ProcessInstance instance = store.find(instanceId).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.unknownInstance", instanceId)));
    Task task = instance.task(taskId).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.unknownTask", taskId)));
    Token token = instance.tokens().stream().filter(t -> t.id().equals(task.tokenId())).findFirst().orElseThrow();
    return run(instance).returnTargets(token);
  }

  private static void apply(EngineRun run, Action action) {
    if (action instanceof Action.Approve a) {
      run.approve(a);
    } else if (action instanceof Action.Reject a) {
      run.reject(a);
    } else if (action instanceof Action.Return a) {
      run.returnTo(a);
    } else if (action instanceof Action.Transfer a) {
      run.transfer(a);
    } else if (action instanceof Action.AddSigner a) {
      run.addSigner(a);
    } else if (action instanceof Action.Delegate a) {
      run.delegate(a);
    } else if (action instanceof Action.Reclaim a) {
      run.reclaim(a);
    } else if (action instanceof Action.RemoveSigner a) {
      run.removeSigner(a);
    } else if (action instanceof Action.Withdraw a) {
      run.withdraw(a);
    }
  }

  private ProcessGraph graph(ProcessInstance instance) {
    return graphs.computeIfAbsent(instance.definitionKey() + "@" + instance.definitionVersion(),
        k -> new ProcessGraph(definitions.find(instance.definitionKey(), instance.definitionVersion())
            .orElseThrow(() -> new WorkflowsException(WorkflowsMessage.of("workflows.engine.unknownVersion",
                instance.definitionKey(), instance.definitionVersion())))));
  }

  private EngineRun run(ProcessInstance instance) {
    ProcessGraph graph = graph(instance);
    Map<String, Object> fields = records.fields(instance.recordRef());
    // databases keep microseconds: a stored instance must equal the one the engine produced
    return new EngineRun(graph, services, clock.instant().truncatedTo(ChronoUnit.MICROS), instance, fields,
        Variables.of(fields, instance.submitterId(), directory));
  }

  private Optional<ActionResult> repeat(String actionId, String fingerprint) {
    if (actionId == null || actionId.isBlank()) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.noActionId"));
    }
    return store.action(actionId).map(recorded -> {
      if (!recorded.fingerprint().equals(hash(fingerprint))) {
        throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.actionIdReused", actionId));
      }
      ProcessInstance now = store.find(recorded.instanceId()).orElseThrow();
      return new ActionResult(now, recorded.approvalStatus(), List.of(), true);
    });
  }

  private ActionResult remember(String actionId, String fingerprint, ProcessInstance instance, EngineRun run) {
    store.recordAction(new InstanceStore.RecordedAction(actionId, hash(fingerprint), instance.id(), instance.version(),
        instance.approvalStatus()));
    return new ActionResult(instance, instance.approvalStatus(), run.events(), false);
  }

  /** SHA-256 in hex: comments make the text long, and the hash is all the comparison needs. */
  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
