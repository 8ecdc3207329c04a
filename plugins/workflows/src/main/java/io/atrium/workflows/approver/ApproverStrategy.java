package io.atrium.workflows.approver;

import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import java.util.List;
import java.util.Set;

/** Turns the rules of one type into people; thread-safe. */
public interface ApproverStrategy {

  /** The rule type it handles, e.g. {@code departmentHead}. */
  String type();

  /**
   * The people the rule names now, in order (a sequential node asks them in this order). The
   * engine removes inactive people and repeats, so the list may hold them.
   */
  List<Long> resolve(ApproverRule rule, ApproverContext context);

  /**
   * The problems of a rule before publishing, e.g. a role nobody holds.
   *
   * @param path the JSON path of the rule
   * @param knownFields the record's field names, or null when the record source is not known
   */
  List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields);
}
