package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.DepartmentField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@link DepartmentField}: the head of the department in a field of the record. */
public final class DepartmentFieldStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public DepartmentFieldStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return DepartmentField.TYPE;
  }

  @Override
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    DepartmentField departmentField = (DepartmentField) rule;
    Long department = PeopleValues.departmentId(context.fields().get(departmentField.field()));
    if (department == null) {
      return List.of();
    }
    return directory.headOf(department, departmentField.levelsUp()).map(head -> List.of(head.id())).orElse(List.of());
  }

  @Override
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    DepartmentField departmentField = (DepartmentField) rule;
    List<DefinitionProblem> problems = new ArrayList<>(FieldChecks.field(departmentField.field(), path + ".field", knownFields));
    if (departmentField.levelsUp() < 0 || departmentField.levelsUp() > Limits.MAX_LEVELS) {
      problems.add(DefinitionProblem.of(path + ".levelsUp", "workflows.definition.levelsRange",
          departmentField.levelsUp(), Limits.MAX_LEVELS));
    }
    return problems;
  }
}
