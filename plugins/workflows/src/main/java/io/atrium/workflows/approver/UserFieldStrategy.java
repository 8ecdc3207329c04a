package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.definition.UserField;
import java.util.List;

/** {@link UserField}: the people in a user field of the record. */
public final class UserFieldStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public UserFieldStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return UserField.TYPE;
  }

  @Override
  public String nameKey() {
    return "workflows.rule.userField";
  }

  @Override
  public List<Long> resolve(RuleConfig rule, ApproverContext context) {
    return rule.text("field").map(field -> PeopleValues.ids(context.fields().get(field), directory)).orElse(List.of());
  }

  @Override
  public List<RuleProblem> check(RuleConfig rule, CheckContext context) {
    return FieldChecks.field(rule.text("field").orElse(null), "field", context);
  }
}
