package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.DepartmentHead;
import java.util.List;
import java.util.Set;

/** {@link DepartmentHead}: the head of the submitter's main department or of an ancestor. */
public final class DepartmentHeadStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public DepartmentHeadStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return DepartmentHead.TYPE;
  }

  @Override
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    int levelsUp = ((DepartmentHead) rule).levelsUp();
    return directory.person(context.submitterId())
        .flatMap(Person::department)
        .flatMap(department -> directory.headOf(department, levelsUp))
        .map(head -> List.of(head.id()))
        .orElse(List.of());
  }

  @Override
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    int levelsUp = ((DepartmentHead) rule).levelsUp();
    if (levelsUp < 0 || levelsUp > Limits.MAX_LEVELS) {
      return List.of(DefinitionProblem.of(path + ".levelsUp", "workflows.definition.levelsRange", levelsUp, Limits.MAX_LEVELS));
    }
    return List.of();
  }
}
