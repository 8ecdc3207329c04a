package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.definition.DepartmentField;
import java.util.ArrayList;
import java.util.List;

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
  public String nameKey() {
    return "workflows.rule.departmentField";
  }

  @Override
  public List<Long> resolve(RuleConfig rule, ApproverContext context) {
    Long department = PeopleValues.departmentId(context.fields().get(rule.text("field").orElse("")));
    if (department == null) {
      return List.of();
    }
    return directory.headOf(department, (int) rule.number("levelsUp", 0)).map(head -> List.of(head.id()))
        .orElse(List.of());
  }

  @Override
  public List<RuleProblem> check(RuleConfig rule, CheckContext context) {
    List<RuleProblem> problems = new ArrayList<>(FieldChecks.field(rule.text("field").orElse(null), "field", context));
    problems.addAll(FieldChecks.levels(rule.number("levelsUp", 0), "levelsUp"));
    return problems;
  }
}
