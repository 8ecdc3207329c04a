package io.atrium.workflows.runtime;

import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.ProcessGraph;
import io.atrium.workflows.engine.DefinitionSource;
import io.atrium.workflows.engine.ProcessInstance;
import java.util.Optional;

/** The names of an instance's process and nodes, as its version has them, for lists and notifications. */
public final class ProcessNames {

  private final DefinitionSource definitions;

  /** Names from the published versions. */
  public ProcessNames(DefinitionSource definitions) {
    this.definitions = definitions;
  }

  /** The process's name, or its key when the version is gone. */
  public String process(String key, int version) {
    return definitions.find(key, version).map(ProcessDefinition::name).orElse(key);
  }

  /** A node's name, or its id. */
  public String node(String key, int version, String nodeId) {
    Optional<ProcessDefinition> definition = definitions.find(key, version);
    return definition.flatMap(d -> new ProcessGraph(d).find(nodeId)).map(Node::name).orElse(nodeId);
  }

  /** The process's name of an instance. */
  public String process(ProcessInstance instance) {
    return process(instance.definitionKey(), instance.definitionVersion());
  }

  /** A node's name in an instance. */
  public String node(ProcessInstance instance, String nodeId) {
    return node(instance.definitionKey(), instance.definitionVersion(), nodeId);
  }
}
