package io.atrium.workflows.engine;

import io.atrium.workflows.definition.Escalation;
import java.util.List;

/** What an action caused, for the caller to pass on: to-dos, notifications, the record's status. */
public sealed interface EngineEvent {

  /** A task came on someone's to-do list. */
  record TaskOpened(Task task) implements EngineEvent {
  }

  /** A pending task left the to-do list (decided, transferred, cancelled). */
  record TaskClosed(Task task) implements EngineEvent {
  }

  /** A CC node told people. */
  record CarbonCopied(String nodeId, List<Long> userIds) implements EngineEvent {

    /** Freezes the list. */
    public CarbonCopied {
      userIds = List.copyOf(userIds);
    }
  }

  /** The SLA reminds people of a pending task. */
  record Reminded(Task task, List<Long> userIds) implements EngineEvent {

    /** Freezes the list. */
    public Reminded {
      userIds = List.copyOf(userIds);
    }
  }

  /** The SLA escalated a pending task; {@code userIds} are the people to tell (the manager, the admins, the assignee). */
  record Escalated(Task task, Escalation escalation, List<Long> userIds) implements EngineEvent {

    /** Freezes the list. */
    public Escalated {
      userIds = List.copyOf(userIds);
    }
  }

  /** The instance ended. */
  record Ended(InstanceStatus status) implements EngineEvent {
  }
}
