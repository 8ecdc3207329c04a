package io.atrium.workflows.definition;

import java.util.List;
import java.util.Set;

/** Plugin service: the checks a definition passes before it is published, with the built-in approver strategies. */
public interface DefinitionChecks {

  /**
   * Reads definition JSON and checks it.
   *
   * @param knownFields the record's field names, or null when not known
   * @throws io.atrium.workflows.definition.json.InvalidDefinitionException with every problem of
   *     the JSON's structure, or else every problem the checks found
   */
  ProcessDefinition readPublishable(String json, Set<String> knownFields);

  /** Every problem of a definition, in document order. */
  List<DefinitionProblem> problems(ProcessDefinition definition, Set<String> knownFields);
}
