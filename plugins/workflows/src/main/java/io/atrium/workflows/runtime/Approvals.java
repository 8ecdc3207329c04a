package io.atrium.workflows.runtime;

import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.engine.Action;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.engine.DueTimer;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TaskStatus;
import io.atrium.workflows.engine.WorkflowEngine;
import io.atrium.workflows.storage.StoredProcess;
import io.atrium.workflows.storage.StorageException;
import java.util.Objects;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Starts and acts as the signed-in caller: checks who may (the record's owner starts, a task's
 * assignee acts, the submitter withdraws), runs the engine's step and writes the record's approval
 * status through its record source and the notifications, all in one transaction.
 */
@Component(service = Approvals.class)
public class Approvals {

  private final ApprovalEngine parts;
  private final DefinitionCatalog catalog;
  private final RecordSources records;
  private final Transactions transactions;
  private final CurrentUser user;
  private final ApprovalNotices notices;
  private final EventPublisher events;
  private final ApprovalTimers timers;
  private final TaskFieldWrites fieldWrites;
  private final ApprovalSignatures signatures;
  private final ApprovalAttachments attachments;

  /** Declarative Services injects the parts. */
  @Activate
  public Approvals(@Reference ApprovalEngine parts, @Reference DefinitionCatalog catalog,
      @Reference RecordSources records, @Reference Transactions transactions, @Reference CurrentUser user,
      @Reference Notifier notifier, @Reference EventPublisher events, @Reference ApprovalTimers timers,
      @Reference ApprovalSignatures signatures, @Reference ApprovalAttachments attachments) {
    this.parts = parts;
    this.catalog = catalog;
    this.records = records;
    this.transactions = transactions;
    this.user = user;
    this.notices = new ApprovalNotices(notifier, new ProcessNames(catalog.source()));
    this.events = events;
    this.timers = timers;
    this.fieldWrites = new TaskFieldWrites(parts, records);
    this.signatures = signatures;
    this.attachments = attachments;
  }

  /**
   * Starts the newest version of a process on a record the caller owns or created.
   *
   * @param actionId the client's id: the same id again answers the same instance
   */
  public ActionResult start(String actionId, String processKey, String recordRef) {
    return started(actionId, processKey, RecordRef.parse(recordRef), caller(), true);
  }

  /**
   * Starts the newest version of a process on a record for the platform (an automation rule), as
   * {@code starterId}, without the caller's ownership check.
   *
   * @param actionId the same id again answers the same instance
   */
  public ActionResult startFor(String actionId, String processKey, String recordRef, long starterId) {
    return started(actionId, processKey, RecordRef.parse(recordRef), starterId, false);
  }

  private ActionResult started(String actionId, String processKey, RecordRef ref, long starter, boolean ownerOnly) {
    return transactions.required(() -> {
      StoredProcess process = catalog.process(processKey).filter(p -> p.latestVersion() > 0)
          .orElseThrow(() -> new WorkflowsNotFoundException(WorkflowsMessage.of("workflows.runtime.notPublished",
              processKey)));
      if (!process.sourceKey().equals(ref.sourceKey())) {
        throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.otherSource", processKey,
            process.sourceKey(), ref.sourceKey()));
      }
      RecordData record = records.record(ref);
      if (ownerOnly && !Objects.equals(record.ownerId(), starter) && !Objects.equals(record.createdBy(), starter)) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notYourRecord", ref));
      }
      boolean repeat = actionId != null && parts.instances().action(actionId).isPresent();
      if (!repeat && record.status() == RecordStatus.IN_APPROVAL) {
        throw new WorkflowsConflictException(WorkflowsMessage.of("workflows.runtime.alreadyInApproval", ref));
      }
      return written(parts.engine().start(actionId, processKey, ref.toString(), starter), ref, record);
    });
  }

  /**
   * Applies an assignee's action to their task (or, removing a signer, to the signer's task: the
   * engine checks that the caller added them).
   *
   * @param version the instance version the caller saw
   * @throws StaleInstanceException when someone acted on the instance first
   */
  public ActionResult act(String taskId, long version, TaskCommand command) {
    long caller = caller();
    String instanceId = instanceOf(taskId);
    return guarded(instanceId, version, () -> {
      ProcessInstance instance = instance(instanceId);
      Task task = instance.task(taskId).orElseThrow();
      if (command.kind().onOwnTask() && task.assigneeId() != caller) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notYourTask", taskId));
      }
      // only someone in the signer's seat can have added them; the engine checks who exactly
      if (!command.kind().onOwnTask() && instance.tasks().stream().noneMatch(t -> t.assigneeId() == caller
          && t.visit() == task.visit() && t.seat() == task.seat() && t.tokenId().equals(task.tokenId()))) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notYourSigner", taskId));
      }
      // a repeat or a task no longer pending: the engine answers (the first outcome, or why not)
      boolean repeat = command.actionId() != null && parts.instances().action(command.actionId()).isPresent();
      boolean fresh = !repeat && task.status() == TaskStatus.PENDING;
      if (fresh) {
        Node node = fieldWrites.node(instance, task);
        signatures.sign(instance, task, node, command);
        if (!command.values().isEmpty()) {
          fieldWrites.write(instance, task, node, command);
        }
        attachments.check(task, command.attachments(), caller);
      }
      ActionResult result = parts.engine().act(instanceId, version, command.toAction(caller, taskId));
      if (fresh && !command.attachments().isEmpty()) {
        attachments.attach(instance, result.instance(), command.attachments(), caller);
      }
      return written(result, instance);
    });
  }

  /** The submitter withdraws the record from approval, until an approver has acted. */
  public ActionResult withdraw(String instanceId, long version, String actionId, String comment) {
    long caller = caller();
    return guarded(instanceId, version, () -> {
      ProcessInstance instance = instance(instanceId);
      if (instance.submitterId() != caller) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notSubmitter", instanceId));
      }
      return written(parts.engine().act(instanceId, version, new Action.Withdraw(actionId, caller, comment)),
          instance);
    });
  }

  /**
   * Fires a timer for the platform: a delay's end, an SLA reminder or escalation. One that no longer
   * applies (the task was decided, the token moved on, the instance ended or is gone) changes nothing.
   */
  void fired(DueTimer timer) {
    transactions.required(() -> {
      ProcessInstance instance = parts.instances().find(timer.instanceId()).orElse(null);
      if (instance == null) {
        return null;
      }
      WorkflowEngine engine = parts.engine();
      ActionResult result = switch (timer.kind()) {
        case WAKE -> engine.wake(instance.id(), timer.tokenId(), timer.visit(), instance.version());
        case REMIND -> engine.remind(instance.id(), timer.taskId(), timer.firing()).result();
        case ESCALATE -> engine.escalate(instance.id(), timer.taskId(), instance.version());
      };
      return written(result, instance);
    });
  }

  /**
   * Hands a pending task whose assignee is now out of office to their stand-in. One that no longer
   * applies (decided meanwhile, the assignee back, the instance gone) changes nothing.
   *
   * @return whether the task moved
   */
  boolean covered(String instanceId, String taskId) {
    return transactions.required(() -> {
      ProcessInstance instance = parts.instances().find(instanceId).orElse(null);
      if (instance == null) {
        return false;
      }
      return !written(parts.engine().coverAbsence(instanceId, taskId), instance).repeated();
    });
  }

  /** An instance the caller submitted, has a task in, or may read as a designer. */
  public ProcessInstance read(String instanceId) {
    long caller = caller();
    ProcessInstance instance = transactions.required(() -> instance(instanceId));
    boolean involved = instance.submitterId() == caller
        || instance.tasks().stream().anyMatch(t -> t.assigneeId() == caller);
    if (!involved && !user.isPermitted(WorkflowsPermissions.DESIGN)) {
      throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notInvolved", instanceId));
    }
    return instance;
  }

  /** The instance of a task. */
  String instanceOf(String taskId) {
    return parts.tasks().instanceOf(taskId).orElseThrow(() -> new WorkflowsNotFoundException(
        WorkflowsMessage.of("workflows.runtime.unknownTask", taskId)));
  }

  /** An instance, which must exist. */
  ProcessInstance instance(String instanceId) {
    return parts.instances().find(instanceId).orElseThrow(() -> new WorkflowsNotFoundException(
        WorkflowsMessage.of("workflows.runtime.unknownInstance", instanceId)));
  }

  /** The signed-in caller's user id. */
  long caller() {
    return user.userId().orElseThrow(() -> new WorkflowsForbiddenException(
        WorkflowsMessage.of("workflows.runtime.signInFirst")));
  }

  /**
   * Runs a step on an instance. Two actors on one version: the loser's write may fail in the
   * database (a lock timeout, a duplicate row) before the version check answers; if the instance
   * has moved on, that is the stale version it is, and the caller hears so.
   */
  private ActionResult guarded(String instanceId, long version, Supplier<ActionResult> step) {
    try {
      return transactions.required(step::get);
    } catch (StorageException e) {
      long now = transactions.requiresNew(() -> parts.instances().find(instanceId).map(ProcessInstance::version)
          .orElse(version));
      if (now != version) {
        throw new StaleInstanceException(instanceId, version, now);
      }
      throw e;
    }
  }

  private ActionResult written(ActionResult result, ProcessInstance before) {
    RecordRef ref = RecordRef.parse(before.recordRef());
    return written(result, ref, records.record(ref));
  }

  /** Writes the record's status, sends the notifications and plans the timers, unless the action was a repeat. */
  private ActionResult written(ActionResult result, RecordRef ref, RecordData record) {
    if (!result.repeated()) {
      RecordStatus status = RecordStatus.valueOf(result.approvalStatus().name());
      if (record.status() != status) {
        records.sourceOf(ref).setStatus(ref.id(), status);
      }
      notices.after(result.instance(), result.events(), label(ref, record));
      ApprovalFinished.publish(events, result.instance(), result.events());
      timers.plan(result.instance().id());
    }
    return result;
  }

  /** How notifications name a record: its serial number, else its reference. */
  static String label(RecordRef ref, RecordData record) {
    return record.serial() != null && !record.serial().isBlank() ? record.serial() : ref.toString();
  }
}
