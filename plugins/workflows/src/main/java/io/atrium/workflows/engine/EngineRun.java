package io.atrium.workflows.engine;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.workflows.approver.ApproverStrategies;
import io.atrium.workflows.approver.RuleContext;
import io.atrium.workflows.definition.ApprovalMode;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.AutomationNode;
import io.atrium.workflows.definition.Branch;
import io.atrium.workflows.definition.CcNode;
import io.atrium.workflows.definition.ConditionNode;
import io.atrium.workflows.definition.DelayNode;
import io.atrium.workflows.definition.EdgeRules;
import io.atrium.workflows.definition.Escalation;
import io.atrium.workflows.definition.EndNode;
import io.atrium.workflows.definition.HandlerNode;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ParallelNode;
import io.atrium.workflows.definition.ProcessGraph;
import io.atrium.workflows.definition.RejectPolicy;
import io.atrium.workflows.definition.StartNode;
import io.atrium.workflows.definition.WhenSubmitter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One start or action on one instance: a mutable working copy of the snapshot and the state
 * machine's moves (enter a node, complete it, join, return, end). Used once, then discarded;
 * nothing is stored unless the whole action succeeds.
 */
final class EngineRun {

  /** What the run needs from the engine. */
  record Services(ApproverStrategies strategies, Directory directory, ConditionCache conditions,
      Automations automations, Deadlines deadlines, Absences absences) {
  }

  private final ProcessGraph graph;
  private final Services services;
  private final Map<String, Object> fields;
  private final Map<String, Object> variables;
  private final RuleContext context;
  private final WorkingCopy copy;
  private final long submitterId;
  private final String recordRef;

  EngineRun(ProcessGraph graph, Services services, Instant now, ProcessInstance instance, Map<String, Object> fields,
      Map<String, Object> variables) {
    this.graph = graph;
    this.services = services;
    this.copy = new WorkingCopy(instance, now);
    this.submitterId = instance.submitterId();
    this.recordRef = instance.recordRef();
    // copies: an automation node that sets a field changes them for the rest of the step
    this.fields = new HashMap<>(fields);
    this.variables = new HashMap<>(variables);
    this.context = new RuleContext(submitterId, recordRef, this.fields, this.variables, services.directory());
  }

  /** The snapshot after the run, one version on. */
  ProcessInstance result() {
    return copy.result();
  }

  /** The moment of the run. */
  Instant now() {
    return copy.now;
  }

  /** What the run caused. */
  List<EngineEvent> events() {
    return copy.events;
  }

  // ---------------------------------------------------------------- the start and the actions

  /** Starts at the start node. */
  void start() {
    StartNode start = graph.start();
    Token root = new Token(copy.nextId("k"), null, start.id(), 0, TokenState.ACTIVE, List.of());
    copy.tokens.put(root.id(), root);
    copy.record(submitterId, TrailKind.STARTED, start.id(), null, List.of(), null, null);
    enter(root, start, false);
  }

  /** Approves a pending task; the submitter's task at the start node submits again. */
  void approve(Action.Approve action) {
    Task task = copy.pendingTask(action.taskId(), action.actorId());
    copy.close(task, TaskStatus.APPROVED);
    if (task.origin() == TaskOrigin.RESUBMIT) {
      copy.record(action.actorId(), TrailKind.RESUBMITTED, task.nodeId(), task.id(), List.of(), null, action.comment());
      complete(copy.tokens.get(task.tokenId()));
      return;
    }
    copy.record(action.actorId(), TrailKind.APPROVED, task.nodeId(), task.id(), List.of(), null, action.comment());
    refresh(task.tokenId());
  }

  /** Rejects a pending task of an approver node. */
  void reject(Action.Reject action) {
    Task task = copy.pendingTask(action.taskId(), action.actorId());
    if (task.origin() == TaskOrigin.RESUBMIT) {
      throw Refusal.of("workflows.engine.rejectOwnRecord");
    }
    if (!(graph.node(task.nodeId()) instanceof ApproverNode approver)) {
      throw Refusal.of("workflows.engine.handlerCannotReject", graph.node(task.nodeId()).name());
    }
    if (approver.rejectNeedsComment() && (action.comment() == null || action.comment().isBlank())) {
      throw Refusal.of("workflows.engine.rejectNeedsComment", approver.name());
    }
    copy.close(task, TaskStatus.REJECTED);
    copy.record(action.actorId(), TrailKind.REJECTED, task.nodeId(), task.id(), List.of(), null, action.comment());
    refresh(task.tokenId());
  }

  /** Returns the record to an earlier node (the previous one when none is named). */
  void returnTo(Action.Return action) {
    Task task = copy.pendingTask(action.taskId(), action.actorId());
    if (task.origin() == TaskOrigin.RESUBMIT) {
      throw Refusal.of("workflows.engine.returnFromStart");
    }
    Token token = copy.tokens.get(task.tokenId());
    String target = action.targetNodeId();
    if (target == null) {
      Step previous = copy.previousStep(token);
      target = previous == null ? graph.start().id() : previous.nodeId();
    }
    if (!returnTargets(token).contains(target)) {
      throw Refusal.of("workflows.engine.notEarlierNode", target, graph.node(task.nodeId()).name());
    }
    copy.close(task, TaskStatus.RETURNED);
    copy.record(action.actorId(), TrailKind.RETURNED, task.nodeId(), task.id(), List.of(), target, action.comment());
    moveBack(token, target);
  }

  /** Transfers a pending task to someone else, who takes its place in the seat. */
  void transfer(Action.Transfer action) {
    Task task = copy.pendingTask(action.taskId(), action.actorId());
    if (task.origin() == TaskOrigin.RESUBMIT) {
      throw Refusal.of("workflows.engine.transferAtStart");
    }
    checkNewAssignee(task, action.toUserId());
    copy.close(task, TaskStatus.TRANSFERRED);
    copy.insert(task, false, action.toUserId(), TaskOrigin.TRANSFER);
    copy.record(action.actorId(), TrailKind.TRANSFERRED, task.nodeId(), task.id(), List.of(action.toUserId()), null,
        action.comment());
    refresh(task.tokenId());
  }

  /** Adds a signer before or after a pending task. */
  void addSigner(Action.AddSigner action) {
    Task task = copy.pendingTask(action.taskId(), action.actorId());
    if (task.origin() == TaskOrigin.RESUBMIT) {
      throw Refusal.of("workflows.engine.signerAtStart");
    }
    checkNewAssignee(task, action.signerId());
    if (action.before()) {
      // the task leaves the to-do list until the added signer has approved
      Task waiting = task.in(TaskStatus.WAITING, copy.now);
      copy.tasks.put(waiting.id(), waiting);
      copy.events.add(new EngineEvent.TaskClosed(waiting));
    } else {
      copy.close(task, TaskStatus.APPROVED);
    }
    copy.insert(task, action.before(), action.signerId(), action.before() ? TaskOrigin.ADDED_BEFORE : TaskOrigin.ADDED_AFTER);
    copy.record(action.actorId(), action.before() ? TrailKind.SIGNER_ADDED_BEFORE : TrailKind.SIGNER_ADDED_AFTER,
        task.nodeId(), task.id(), List.of(action.signerId()), null, action.comment());
    refresh(task.tokenId());
  }

  /** Delegates a pending task: the delegate's task takes its turn in the seat, the delegator's waits as DELEGATED. */
  void delegate(Action.Delegate action) {
    Task task = copy.pendingTask(action.taskId(), action.actorId());
    if (task.origin() == TaskOrigin.RESUBMIT) {
      throw Refusal.of("workflows.engine.delegateAtStart");
    }
    checkNewAssignee(task, action.toUserId());
    handOver(task, action.toUserId(), TaskOrigin.DELEGATION);
    copy.record(action.actorId(), TrailKind.DELEGATED, task.nodeId(), task.id(), List.of(action.toUserId()), null,
        action.comment());
    refresh(task.tokenId());
  }

  /** Takes back a delegated task while the delegate's task is still pending: the delegator's is pending again. */
  void reclaim(Action.Reclaim action) {
    Task task = copy.tasks.get(action.taskId());
    if (task == null) {
      throw Refusal.of("workflows.engine.unknownTask", action.taskId());
    }
    if (task.assigneeId() != action.actorId()) {
      throw Refusal.of("workflows.engine.notYourTask", action.taskId());
    }
    if (task.status() != TaskStatus.DELEGATED) {
      throw Refusal.of("workflows.engine.notDelegated", action.taskId());
    }
    Task delegate = TaskRights.delegateOf(copy.tasks.values(), task);
    if (delegate == null || delegate.status() != TaskStatus.PENDING) {
      throw Refusal.of("workflows.engine.delegateActed");
    }
    copy.close(delegate, TaskStatus.CANCELLED);
    Task back = task.in(TaskStatus.PENDING, copy.now);
    copy.tasks.put(back.id(), back);
    copy.events.add(new EngineEvent.TaskOpened(back));
    copy.record(action.actorId(), TrailKind.RECLAIMED, task.nodeId(), task.id(), List.of(delegate.assigneeId()), null,
        action.comment());
  }

  /** Removes an undecided signer the actor added; the seat goes on without them. */
  void removeSigner(Action.RemoveSigner action) {
    Task signer = copy.tasks.get(action.taskId());
    if (signer == null) {
      throw Refusal.of("workflows.engine.unknownTask", action.taskId());
    }
    if (!TaskRights.isAddedSigner(signer) || !signer.status().open()) {
      throw Refusal.of("workflows.engine.notAnAddedSigner", action.taskId());
    }
    if (!TaskRights.addedBy(copy.tasks.values(), copy.trail, signer, action.actorId())) {
      throw Refusal.of("workflows.engine.notYourSigner", action.taskId());
    }
    copy.close(signer, TaskStatus.CANCELLED);
    copy.record(action.actorId(), TrailKind.SIGNER_REMOVED, signer.nodeId(), signer.id(),
        List.of(signer.assigneeId()), null, action.comment());
    refresh(signer.tokenId());
  }

  /** Hands a pending task of an assignee out of office to their stand-in; false when none applies. */
  boolean coverAbsence(Task task) {
    Long standIn = standIn(task);
    if (standIn == null) {
      return false;
    }
    handOverForAbsence(task, standIn);
    refresh(task.tokenId());
    return true;
  }

  /** The usable stand-in of a task's assignee now, or null: active, and not yet in the seat (no cycles). */
  private Long standIn(Task task) {
    if (task.origin() == TaskOrigin.RESUBMIT) {
      return null; // the record is back with its submitter: nobody else can submit it again
    }
    Long standIn = services.absences().standIn(task.assigneeId(), copy.now).orElse(null);
    if (standIn == null || standIn == task.assigneeId() || activePeople(List.of(standIn)).isEmpty()) {
      return null;
    }
    boolean inSeat = copy.tasks.values().stream().anyMatch(t -> t.visit() == task.visit() && t.seat() == task.seat()
        && t.tokenId().equals(task.tokenId()) && t.assigneeId() == standIn
        && (t.status().open() || t.status() == TaskStatus.DELEGATED));
    return inSeat ? null : standIn;
  }

  private void handOverForAbsence(Task task, long standIn) {
    handOver(task, standIn, TaskOrigin.OUT_OF_OFFICE);
    copy.record(null, TrailKind.DELEGATED_OUT_OF_OFFICE, task.nodeId(), task.id(), List.of(task.assigneeId(), standIn),
        null, null);
  }

  /** The task leaves the seat's turn as DELEGATED; the new assignee's task follows it in the seat. */
  private void handOver(Task task, long toUserId, TaskOrigin origin) {
    if (task.status() == TaskStatus.PENDING) {
      copy.close(task, TaskStatus.DELEGATED);
    } else {
      copy.tasks.put(task.id(), task.in(TaskStatus.DELEGATED, copy.now));
    }
    copy.insert(task, false, toUserId, origin);
  }

  /** The submitter withdraws, if no approver has acted since the last submission. */
  void withdraw(Action.Withdraw action) {
    if (action.actorId() != submitterId) {
      throw Refusal.of("workflows.engine.withdrawNotSubmitter");
    }
    boolean backWithSubmitter = copy.tasks.values().stream()
        .anyMatch(t -> t.status() == TaskStatus.PENDING && t.origin() == TaskOrigin.RESUBMIT);
    if (!backWithSubmitter && someoneActedSinceSubmission()) {
      throw Refusal.of("workflows.engine.withdrawAfterAction");
    }
    copy.record(action.actorId(), TrailKind.WITHDRAWN, null, null, List.of(), null, action.comment());
    end(InstanceStatus.WITHDRAWN);
  }

  // ---------------------------------------------------------------- the timers

  /** A delay is over: the waiting token moves on. */
  void wake(Token token) {
    Token moved = copy.put(token.waitingUntil(null));
    copy.record(null, TrailKind.WOKEN, token.nodeId(), null, List.of(), null, null);
    complete(moved);
  }

  /** Records the n-th SLA reminder of a pending task; the assignee is told. */
  void remind(Task task, int firing) {
    copy.tasks.put(task.id(), task.reminded(firing));
    copy.record(null, TrailKind.REMINDED, task.nodeId(), task.id(), List.of(task.assigneeId()), null, null);
    copy.events.add(new EngineEvent.Reminded(copy.tasks.get(task.id()), List.of(task.assigneeId())));
  }

  /** Applies the SLA's escalation to a pending task, as the system. */
  void escalate(Task task, Escalation escalation) {
    Task marked = task.escalatedNow();
    copy.tasks.put(marked.id(), marked);
    Long manager = escalation == Escalation.TO_MANAGER ? managerFor(marked) : null;
    if (escalation == Escalation.AUTO_APPROVE || escalation == Escalation.AUTO_REJECT) {
      boolean approve = escalation == Escalation.AUTO_APPROVE;
      Task decided = marked.decidedAutomatically(approve ? TaskStatus.APPROVED : TaskStatus.REJECTED, copy.now);
      copy.tasks.put(decided.id(), decided);
      copy.events.add(new EngineEvent.TaskClosed(decided));
      copy.record(null, approve ? TrailKind.ESCALATION_APPROVED : TrailKind.ESCALATION_REJECTED, task.nodeId(),
          task.id(), List.of(task.assigneeId()), null, null);
      copy.events.add(new EngineEvent.Escalated(decided, escalation, List.of(task.assigneeId())));
    } else if (manager != null) {
      copy.close(marked, TaskStatus.TRANSFERRED);
      copy.insert(marked, false, manager, TaskOrigin.ESCALATION);
      copy.record(null, TrailKind.ESCALATION_TRANSFERRED, task.nodeId(), task.id(), List.of(manager), null, null);
      copy.events.add(new EngineEvent.Escalated(copy.tasks.get(task.id()), escalation, List.of(task.assigneeId(), manager)));
    } else {
      // also "to the manager" when there is none to take it: the admins should look
      List<Long> admins = activePeople(graph.definition().admins());
      copy.record(null, TrailKind.ESCALATION_NOTIFIED, task.nodeId(), task.id(), admins, null, null);
      copy.events.add(new EngineEvent.Escalated(marked, escalation, admins));
    }
    refresh(task.tokenId());
  }

  /** The assignee's active manager if they may take the task, else null. */
  private Long managerFor(Task task) {
    Long manager = services.directory().person(task.assigneeId()).flatMap(Person::manager).orElse(null);
    if (manager == null || activePeople(List.of(manager)).isEmpty()) {
      return null;
    }
    boolean alreadyThere = copy.tasks.values().stream()
        .anyMatch(t -> t.visit() == task.visit() && t.assigneeId() == manager && t.status().open());
    return alreadyThere ? null : manager;
  }

  /** The nodes a return from a token may go to, nearest first. */
  List<String> returnTargets(Token token) {
    LinkedHashSet<String> targets = new LinkedHashSet<>();
    for (Token t = token; t != null; t = copy.parent(t)) {
      for (int i = t.trail().size() - 1; i >= 0; i--) {
        targets.add(t.trail().get(i).nodeId());
      }
    }
    return List.copyOf(targets);
  }

  private boolean someoneActedSinceSubmission() {
    int since = 0;
    for (int i = 0; i < copy.trail.size(); i++) {
      TrailKind kind = copy.trail.get(i).kind();
      if (kind == TrailKind.STARTED || kind == TrailKind.RESUBMITTED) {
        since = i;
      }
    }
    return copy.trail.subList(since, copy.trail.size()).stream()
        .anyMatch(e -> switch (e.kind()) {
          case APPROVED, REJECTED, RETURNED, TRANSFERRED, DELEGATED, RECLAIMED, SIGNER_ADDED_BEFORE, SIGNER_ADDED_AFTER,
              SIGNER_REMOVED ->
              e.actorId() != null && e.actorId() != submitterId;
          // an escalation decides in an approver's place
          case ESCALATION_APPROVED, ESCALATION_REJECTED, ESCALATION_TRANSFERRED -> true;
          default -> false;
        });
  }

  // ---------------------------------------------------------------- the moves

  private void enter(Token token, Node node, boolean returning) {
    if (copy.status != InstanceStatus.RUNNING) {
      return;
    }
    if (node instanceof StartNode) {
      Token at = copy.put(token.at(node.id(), copy.nextVisit()));
      if (returning) {
        Task task = copy.newTask(at, 0, submitterId, TaskOrigin.RESUBMIT).in(TaskStatus.PENDING, copy.now);
        copy.tasks.put(task.id(), task);
        copy.events.add(new EngineEvent.TaskOpened(task));
      } else {
        complete(at);
      }
    } else if (node instanceof ApproverNode approver) {
      activate(token, node, approver.rule(), approver.edges());
    } else if (node instanceof HandlerNode handler) {
      activate(token, node, handler.rule(), handler.edges());
    } else if (node instanceof CcNode cc) {
      Token at = copy.put(token.at(node.id(), copy.nextVisit()));
      List<Long> people = activePeople(services.strategies().resolve(cc.rule(), context));
      if (!people.isEmpty()) {
        copy.record(null, TrailKind.CARBON_COPIED, node.id(), null, people, null, null);
        copy.events.add(new EngineEvent.CarbonCopied(node.id(), people));
      }
      complete(at);
    } else if (node instanceof ConditionNode condition) {
      Token at = copy.put(token.at(node.id(), 0));
      Branch branch = services.conditions().choose(condition, context.variables());
      if (branch.nodes().isEmpty()) {
        complete(at);
      } else {
        enter(at, branch.nodes().get(0), false);
      }
    } else if (node instanceof ParallelNode parallel) {
      split(token, parallel);
    } else if (node instanceof AutomationNode automation) {
      Token at = copy.put(token.at(node.id(), 0));
      services.automations().run(automation, recordRef, fields, variables);
      copy.record(null, TrailKind.AUTOMATED, node.id(), null, List.of(), null, null);
      complete(at);
    } else if (node instanceof DelayNode delay) {
      Token at = copy.put(token.at(node.id(), copy.nextVisit()));
      Instant due = services.deadlines().delayEnd(delay.delay(), copy.now, fields);
      if (due.isAfter(copy.now)) {
        copy.put(at.waitingUntil(due));
        copy.record(null, TrailKind.DELAY_STARTED, node.id(), null, List.of(), null, null);
      } else {
        complete(at);
      }
    } else if (node instanceof EndNode) {
      copy.put(token.at(node.id(), 0));
      end(InstanceStatus.APPROVED);
    }
  }

  /** Creates every branch token first, so that a branch finishing at once does not join early. */
  private void split(Token token, ParallelNode parallel) {
    Token parent = copy.put(token.at(parallel.id(), 0).in(TokenState.JOINING));
    List<Token> children = new ArrayList<>();
    for (int i = 0; i < parallel.branches().size(); i++) {
      children.add(copy.put(new Token(copy.nextId("k"), parent.id(), parallel.id(), 0, TokenState.ACTIVE, List.of())));
    }
    for (int i = 0; i < children.size() && copy.status == InstanceStatus.RUNNING; i++) {
      Branch branch = parallel.branches().get(i);
      if (branch.nodes().isEmpty()) {
        finishBranch(children.get(i));
      } else {
        enter(children.get(i), branch.nodes().get(0), false);
      }
    }
  }

  /** The token's node is done: remember it for returns, then go on. */
  private void complete(Token token) {
    Node node = graph.node(token.nodeId());
    Token done = token;
    if (node instanceof StartNode || node instanceof ApproverNode || node instanceof HandlerNode) {
      List<Step> steps = new ArrayList<>(token.trail());
      steps.add(new Step(node.id(), token.visit()));
      done = copy.put(token.withTrail(steps));
    }
    var next = graph.nextInFlow(node.id());
    if (next.isPresent()) {
      enter(done, next.get(), false);
      return;
    }
    Node container = graph.place(node.id()).container();
    if (container == null) {
      end(InstanceStatus.APPROVED);
    } else if (container instanceof ConditionNode) {
      complete(copy.put(done.at(container.id(), 0)));
    } else {
      finishBranch(done);
    }
  }

  /** A parallel branch is done; the last one to finish moves the waiting token on. */
  private void finishBranch(Token child) {
    copy.put(child.in(TokenState.DONE));
    Token parent = copy.tokens.get(child.parentId());
    boolean allDone = copy.tokens.values().stream()
        .filter(t -> parent.id().equals(t.parentId()) && t.state() != TokenState.CANCELLED)
        .allMatch(t -> t.state() == TokenState.DONE);
    if (allDone) {
      complete(copy.put(parent.in(TokenState.ACTIVE)));
    }
  }

  /** Enters an approver or handler node: resolves the people, applies the edge rules, opens copy.tasks. */
  private void activate(Token token, Node node, ApproverRule rule, EdgeRules edges) {
    Token at = copy.put(token.at(node.id(), copy.nextVisit()));
    List<Long> people = new ArrayList<>(activePeople(services.strategies().resolve(rule, context)));
    if (people.contains(submitterId)) {
      if (edges.whenSubmitter() == WhenSubmitter.SKIP) {
        people.remove(submitterId);
        if (people.isEmpty()) {
          copy.record(null, TrailKind.NODE_SKIPPED, node.id(), null, List.of(submitterId), null, null);
          complete(at);
          return;
        }
      } else if (edges.whenSubmitter() == WhenSubmitter.MANAGER) {
        replaceSubmitterByManager(people);
      }
    }
    TaskOrigin origin = TaskOrigin.RULE;
    if (people.isEmpty()) {
      switch (edges.whenNobody()) {
        case AUTO_APPROVE -> {
          copy.record(null, TrailKind.NODE_SKIPPED, node.id(), null, List.of(), null, null);
          complete(at);
          return;
        }
        case ROUTE_TO_ADMIN -> {
          people = activePeople(graph.definition().admins());
          origin = TaskOrigin.ADMIN;
          if (!people.isEmpty()) {
            copy.record(null, TrailKind.ROUTED_TO_ADMIN, node.id(), null, people, null, null);
          }
        }
        case REJECT -> { }
      }
      if (people.isEmpty()) {
        copy.record(null, TrailKind.REJECTED_NOBODY, node.id(), null, List.of(), null, null);
        end(InstanceStatus.REJECTED);
        return;
      }
    }
    for (int seat = 0; seat < people.size(); seat++) {
      Task task = copy.newTask(at, seat, people.get(seat), origin);
      copy.tasks.put(task.id(), task);
    }
    refresh(at.id());
  }

  private void replaceSubmitterByManager(List<Long> people) {
    int index = people.indexOf(submitterId);
    Long manager = services.directory().person(submitterId).flatMap(Person::manager)
        .filter(id -> !activePeople(List.of(id)).isEmpty())
        .orElse(null);
    if (manager == null || people.contains(manager)) {
      people.remove(index);
    } else {
      people.set(index, manager);
    }
  }

  /**
   * Decides the token's node if its mode says so, else opens the tasks whose turn it is; edge rules
   * may approve an opened task at once, so it loops until nothing changes.
   */
  private void refresh(String tokenId) {
    while (copy.status == InstanceStatus.RUNNING) {
      Token token = copy.tokens.get(tokenId);
      if (token.state() != TokenState.ACTIVE) {
        return;
      }
      Node node = graph.node(token.nodeId());
      ApprovalMode mode = mode(node);
      if (mode == null) {
        return;
      }
      List<List<Task>> seats = copy.seats(token);
      NodeDecision.Outcome outcome = NodeDecision.node(mode, seats);
      if (outcome != NodeDecision.Outcome.OPEN) {
        copy.cancelOpenTasks(token);
        if (outcome == NodeDecision.Outcome.APPROVED) {
          complete(token);
        } else if (node instanceof ApproverNode approver && approver.onReject() == RejectPolicy.BACK_TO_SUBMITTER) {
          moveBack(token, graph.start().id());
        } else {
          end(InstanceStatus.REJECTED);
        }
        return;
      }
      List<Task> due = NodeDecision.due(mode, seats).stream().filter(t -> t.status() == TaskStatus.WAITING).toList();
      // edge rules first: an automatic approval may decide the node before anyone is asked
      Task automatic = due.stream().filter(t -> approvesAutomatically(t, token, node)).findFirst().orElse(null);
      if (automatic == null) {
        // a turn that falls to someone out of office goes to their stand-in, whose turn it then is
        Task away = due.stream().filter(t -> standIn(t) != null).findFirst().orElse(null);
        if (away != null) {
          handOverForAbsence(away, standIn(away));
          continue;
        }
        for (Task task : due) {
          Task pending = task.in(TaskStatus.PENDING, copy.now);
          copy.tasks.put(pending.id(), pending);
          copy.events.add(new EngineEvent.TaskOpened(pending));
        }
        return;
      }
      copy.tasks.put(automatic.id(), automatic.approvedAutomatically(copy.now));
      copy.record(null, TrailKind.AUTO_APPROVED, node.id(), automatic.id(), List.of(automatic.assigneeId()), null, null);
    }
  }

  /** Self-approval of the submitter, and "approve once" for whoever approved the node just before. */
  private boolean approvesAutomatically(Task task, Token token, Node node) {
    if (task.origin() != TaskOrigin.RULE) {
      return false;
    }
    EdgeRules edges = node instanceof ApproverNode a ? a.edges() : ((HandlerNode) node).edges();
    if (node instanceof ApproverNode && task.assigneeId() == submitterId
        && edges.whenSubmitter() == WhenSubmitter.SELF_APPROVE) {
      return true;
    }
    if (!edges.approveOnceInARow()) {
      return false;
    }
    Step previous = copy.previousStep(token);
    return previous != null && graph.node(previous.nodeId()) instanceof ApproverNode
        && copy.tasks.values().stream().anyMatch(t -> t.visit() == previous.visit() && t.status() == TaskStatus.APPROVED
            && t.assigneeId() == task.assigneeId());
  }

  /** Goes back to an earlier node: everything after it, including parallel branches, is undone. */
  private void moveBack(Token token, String targetNodeId) {
    Token holder = token;
    while (holder.trail().stream().noneMatch(s -> s.nodeId().equals(targetNodeId))) {
      holder = copy.parent(holder);
    }
    cancelSubtree(holder);
    List<Step> steps = holder.trail();
    int index = steps.size() - 1;
    while (!steps.get(index).nodeId().equals(targetNodeId)) {
      index--;
    }
    Token back = copy.put(holder.withTrail(steps.subList(0, index)).in(TokenState.ACTIVE));
    enter(back, graph.node(targetNodeId), true);
  }

  private void cancelSubtree(Token root) {
    copy.cancelOpenTasks(root);
    for (Token child : List.copyOf(copy.tokens.values())) {
      if (root.id().equals(child.parentId()) && child.state() != TokenState.CANCELLED) {
        cancelSubtree(child);
        copy.put(copy.tokens.get(child.id()).in(TokenState.CANCELLED));
      }
    }
  }

  private void end(InstanceStatus outcome) {
    copy.status = outcome;
    for (Token token : List.copyOf(copy.tokens.values())) {
      copy.cancelOpenTasks(token);
      if (token.state() == TokenState.ACTIVE || token.state() == TokenState.JOINING) {
        copy.put(token.in(outcome == InstanceStatus.APPROVED ? TokenState.DONE : TokenState.CANCELLED));
      }
    }
    copy.record(null, TrailKind.ENDED, null, null, List.of(), null, null);
    copy.events.add(new EngineEvent.Ended(outcome));
  }

  // ---------------------------------------------------------------- helpers

  private void checkNewAssignee(Task task, long userId) {
    if (userId == task.assigneeId()) {
      throw Refusal.of("workflows.engine.sameAssignee");
    }
    if (activePeople(List.of(userId)).isEmpty()) {
      throw Refusal.of("workflows.engine.inactiveUser", userId);
    }
    boolean alreadyThere = copy.tasks.values().stream()
        .anyMatch(t -> t.visit() == task.visit() && t.assigneeId() == userId && t.status().open());
    if (alreadyThere) {
      throw Refusal.of("workflows.engine.alreadyAssigned", userId);
    }
  }

  private static ApprovalMode mode(Node node) {
    if (node instanceof ApproverNode approver) {
      return approver.mode();
    }
    return node instanceof HandlerNode handler ? handler.mode() : null;
  }

  /** The active people among ids, each once, in order. */
  private List<Long> activePeople(List<Long> ids) {
    List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
    return services.directory().people(distinct).stream().filter(Person::active).map(Person::id).toList();
  }
}
