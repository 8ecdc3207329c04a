package io.atrium.workflows.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A timer an instance needs now, for the runtime to schedule on the kernel's scheduler.
 *
 * @param kind what fires
 * @param instanceId the instance
 * @param taskId the task for a reminder or an escalation; null for a wake-up
 * @param tokenId the token for a wake-up; null otherwise
 * @param visit the delay node's visit for a wake-up; 0 otherwise
 * @param firing the reminder's number, from 1; 0 otherwise
 * @param dueAt when it fires
 */
public record DueTimer(Kind kind, String instanceId, String taskId, String tokenId, int visit, int firing,
    Instant dueAt) {

  /** What a timer does when it fires. */
  public enum Kind {
    /** {@link WorkflowEngine#remind}. */
    REMIND,
    /** {@link WorkflowEngine#escalate}. */
    ESCALATE,
    /** {@link WorkflowEngine#wake}. */
    WAKE
  }

  /**
   * A stable id of this firing, e.g. for the scheduler's run id: the same timer gives the same id,
   * another timer another one. The kind and a name-based UUID of what it fires for, at most 45
   * characters (the scheduler takes 80).
   */
  public String runId() {
    String of = switch (kind) {
      case REMIND -> instanceId + ":" + taskId + ":" + firing;
      case ESCALATE -> instanceId + ":" + taskId;
      case WAKE -> instanceId + ":" + tokenId + ":" + visit;
    };
    return kind.name().toLowerCase(Locale.ROOT) + ":" + UUID.nameUUIDFromBytes(of.getBytes(StandardCharsets.UTF_8));
  }
}
