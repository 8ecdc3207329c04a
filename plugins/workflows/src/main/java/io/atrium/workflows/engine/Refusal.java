package io.atrium.workflows.engine;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;

/** Refusals of the engine's steps, with a message of the plugin's bundle. */
final class Refusal {

  private Refusal() {
  }

  /** A refusal from a key of the bundle and its arguments. */
  static WorkflowsException of(String key, Object... args) {
    return new WorkflowsException(WorkflowsMessage.of(key, args));
  }
}
