package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.definition.DepartmentHead;
import java.util.List;

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
  public String nameKey() {
    return "workflows.rule.departmentHead";
  }

  @Override
  public List<Long> resolve(RuleConfig rule, ApproverContext context) {
    int levelsUp = (int) rule.number("levelsUp", 0);
    return directory.person(context.submitterId())
        .flatMap(Person::department)
        .flatMap(department -> directory.headOf(department, levelsUp))
        .map(head -> List.of(head.id()))
        .orElse(List.of());
  }

  @Override
  public List<RuleProblem> check(RuleConfig rule, CheckContext context) {
    return FieldChecks.levels(rule.number("levelsUp", 0), "levelsUp");
  }
}
