package io.atrium.workflows.runtime;

import io.atrium.workflows.engine.Action;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an assignee asks to do with a task, as the REST body says it; becomes an engine
 * {@link Action} once the actor is known.
 *
 * @param kind what to do
 * @param actionId the client's id for the action, for idempotency
 * @param comment the comment, or null
 * @param targetNodeId for a return: the node to return to, or null for the previous one
 * @param userId for a transfer: the new assignee; for an added signer: the signer; for a delegation: the delegate
 * @param before for an added signer: whether they sign before the assignee
 * @param values for an approval: the record fields the node lets the assignee change, with their new values
 * @param signature for an approval: the approver's handwritten signature as a PNG, Base64 (a {@code data:} URL
 *     or bare), or null
 * @param attachments the files uploaded for the task that go with the comment, by blob id
 */
public record TaskCommand(Kind kind, String actionId, String comment, String targetNodeId, Long userId,
    boolean before, Map<String, Object> values, String signature, List<String> attachments) {

  /** The actions on a task. */
  public enum Kind {
    /** 同意. */
    APPROVE,
    /** 拒绝. */
    REJECT,
    /** 退回. */
    RETURN,
    /** 转交. */
    TRANSFER,
    /** 加签. */
    ADD_SIGNER,
    /** 减签: on the added signer's task, by the one who added them. */
    REMOVE_SIGNER,
    /** 委托. */
    DELEGATE,
    /** 收回: on the caller's delegated task. */
    RECLAIM;

    /** Whether the action names a person ({@code userId}). */
    public boolean namesPerson() {
      return this == TRANSFER || this == ADD_SIGNER || this == DELEGATE;
    }

    /** Whether the task acted on is the caller's own (an added signer's is not). */
    public boolean onOwnTask() {
      return this != REMOVE_SIGNER;
    }
  }

  /** Checks the parts and freezes the values (which may hold nulls: a field emptied). */
  public TaskCommand {
    Objects.requireNonNull(kind, "kind");
    values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A command without attachments. */
  public TaskCommand(Kind kind, String actionId, String comment, String targetNodeId, Long userId, boolean before,
      Map<String, Object> values, String signature) {
    this(kind, actionId, comment, targetNodeId, userId, before, values, signature, List.of());
  }

  /** A command without signature. */
  public TaskCommand(Kind kind, String actionId, String comment, String targetNodeId, Long userId, boolean before,
      Map<String, Object> values) {
    this(kind, actionId, comment, targetNodeId, userId, before, values, null);
  }

  /** A command that changes no field. */
  public TaskCommand(Kind kind, String actionId, String comment, String targetNodeId, Long userId, boolean before) {
    this(kind, actionId, comment, targetNodeId, userId, before, Map.of());
  }

  /** The engine's action, by {@code actorId} on {@code taskId}. */
  Action toAction(long actorId, String taskId) {
    return switch (kind) {
      case APPROVE -> new Action.Approve(actionId, actorId, taskId, comment);
      case REJECT -> new Action.Reject(actionId, actorId, taskId, comment);
      case RETURN -> new Action.Return(actionId, actorId, taskId, targetNodeId, comment);
      case TRANSFER -> new Action.Transfer(actionId, actorId, taskId, userId, comment);
      case ADD_SIGNER -> new Action.AddSigner(actionId, actorId, taskId, userId, before, comment);
      case REMOVE_SIGNER -> new Action.RemoveSigner(actionId, actorId, taskId, comment);
      case DELEGATE -> new Action.Delegate(actionId, actorId, taskId, userId, comment);
      case RECLAIM -> new Action.Reclaim(actionId, actorId, taskId, comment);
    };
  }
}
