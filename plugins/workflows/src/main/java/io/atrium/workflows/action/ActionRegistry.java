package io.atrium.workflows.action;

import io.atrium.sdk.workflow.WorkflowAction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The actions plugins contribute, by id; they come and go with their services. Thread-safe. */
public final class ActionRegistry {

  private final Map<String, WorkflowAction> byId = new ConcurrentHashMap<>();

  /**
   * Adds an action.
   *
   * @return false when another action has its id, which it then does not replace
   */
  public boolean add(WorkflowAction action) {
    return byId.putIfAbsent(action.id(), action) == null;
  }

  /** Removes an action, if it is the one registered for its id. */
  public void remove(WorkflowAction action) {
    byId.remove(action.id(), action);
  }

  /** The action of an id, if any. */
  public Optional<WorkflowAction> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The ids there are, sorted. */
  public Set<String> ids() {
    return new TreeSet<>(byId.keySet());
  }
}
