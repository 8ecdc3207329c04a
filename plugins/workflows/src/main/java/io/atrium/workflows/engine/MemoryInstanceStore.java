package io.atrium.workflows.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Instances in memory, for tests and tools; the version check is atomic per instance. */
public final class MemoryInstanceStore implements InstanceStore {

  private final Map<String, ProcessInstance> instances = new ConcurrentHashMap<>();
  private final Map<String, RecordedAction> actions = new ConcurrentHashMap<>();

  @Override
  public Optional<ProcessInstance> find(String instanceId) {
    return Optional.ofNullable(instances.get(instanceId));
  }

  @Override
  public void insert(ProcessInstance instance) {
    if (instances.putIfAbsent(instance.id(), instance) != null) {
      throw new IllegalStateException("Instance " + instance.id() + " exists already");
    }
  }

  @Override
  public void update(ProcessInstance previous, ProcessInstance next) {
    instances.compute(next.id(), (id, stored) -> {
      long actual = stored == null ? 0 : stored.version();
      if (actual != previous.version()) {
        throw new StaleInstanceException(id, previous.version(), actual);
      }
      return next;
    });
  }

  @Override
  public Optional<RecordedAction> action(String actionId) {
    return Optional.ofNullable(actions.get(actionId));
  }

  @Override
  public void recordAction(RecordedAction action) {
    actions.put(action.actionId(), action);
  }
}
