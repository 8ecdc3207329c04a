package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.definition.NamedUsers;
import java.util.List;

/** {@link NamedUsers}: the people as listed. */
public final class NamedUsersStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public NamedUsersStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return NamedUsers.TYPE;
  }

  @Override
  public String nameKey() {
    return "workflows.rule.users";
  }

  @Override
  public List<Long> resolve(RuleConfig rule, ApproverContext context) {
    return rule.numbers("users");
  }

  @Override
  public List<RuleProblem> check(RuleConfig rule, CheckContext context) {
    List<Long> ids = rule.numbers("users");
    if (ids.isEmpty()) {
      return List.of(RuleProblem.of("users", "workflows.definition.noUsers"));
    }
    if (directory.people(ids).stream().noneMatch(Person::active)) {
      return List.of(RuleProblem.of("users", "workflows.definition.noActiveUser", ids));
    }
    return List.of();
  }
}
