package io.atrium.workflows.engine;

import io.atrium.workflows.definition.ProcessDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Published definitions in memory, for tests and tools. */
public final class MemoryDefinitions implements DefinitionSource {

  private final List<ProcessDefinition> definitions = new CopyOnWriteArrayList<>();

  /** Publishes a definition under its key and version. */
  public MemoryDefinitions publish(ProcessDefinition definition) {
    if (find(definition.key(), definition.version()).isPresent()) {
      throw new IllegalStateException(definition.key() + " version " + definition.version() + " is published already");
    }
    definitions.add(definition);
    return this;
  }

  @Override
  public Optional<ProcessDefinition> find(String key, int version) {
    return definitions.stream().filter(d -> d.key().equals(key) && d.version() == version).findFirst();
  }

  @Override
  public Optional<ProcessDefinition> latest(String key) {
    return definitions.stream().filter(d -> d.key().equals(key)).max(Comparator.comparingInt(ProcessDefinition::version));
  }
}
