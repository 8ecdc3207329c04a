package io.atrium.workflows.engine;

import io.atrium.workflows.definition.ProcessDefinition;
import java.util.Optional;

/** The published definitions, by key and version. */
public interface DefinitionSource {

  /** One version of a process. */
  Optional<ProcessDefinition> find(String key, int version);

  /** The newest published version of a process: what new instances start on. */
  Optional<ProcessDefinition> latest(String key);
}
