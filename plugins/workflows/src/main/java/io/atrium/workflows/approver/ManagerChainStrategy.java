package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.definition.ManagerChain;
import java.util.List;

/** {@link ManagerChain}: the submitter's managers, nearest first. */
public final class ManagerChainStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public ManagerChainStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return ManagerChain.TYPE;
  }

  @Override
  public String nameKey() {
    return "workflows.rule.managerChain";
  }

  @Override
  public List<Long> resolve(RuleConfig rule, ApproverContext context) {
    int levels = (int) rule.number("levels", 0);
    return directory.managerChain(context.submitterId(), levels == 0 ? Limits.MAX_LEVELS : levels).stream()
        .map(Person::id)
        .toList();
  }

  @Override
  public List<RuleProblem> check(RuleConfig rule, CheckContext context) {
    return FieldChecks.levels(rule.number("levels", 0), "levels");
  }
}
