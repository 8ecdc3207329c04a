package io.atrium.workflows.engine;

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

  /** The instance ended. */
  record Ended(InstanceStatus status) implements EngineEvent {
  }
}
