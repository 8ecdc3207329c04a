package io.atrium.workflows.approver;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.ApproverRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The strategies by rule type: the built-in ones and any added. Immutable. */
public final class ApproverStrategies {

  private final Map<String, ApproverStrategy> byType;

  private ApproverStrategies(Map<String, ApproverStrategy> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** The built-in strategies on the org chart. */
  public static ApproverStrategies builtIn(Directory directory, Expressions expressions) {
    return of(List.of(new NamedUsersStrategy(directory), new RoleMembersStrategy(directory),
        new DepartmentHeadStrategy(directory), new ManagerChainStrategy(directory), new UserFieldStrategy(directory),
        new DepartmentFieldStrategy(directory), new ExpressionStrategy(directory, expressions)));
  }

  /** Strategies from a list; a later one replaces an earlier one of the same type. */
  public static ApproverStrategies of(List<ApproverStrategy> strategies) {
    Map<String, ApproverStrategy> byType = new LinkedHashMap<>();
    strategies.forEach(s -> byType.put(s.type(), s));
    return new ApproverStrategies(byType);
  }

  /** These strategies and one more, which replaces any of its type. */
  public ApproverStrategies with(ApproverStrategy strategy) {
    Map<String, ApproverStrategy> more = new LinkedHashMap<>(byType);
    more.put(strategy.type(), strategy);
    return new ApproverStrategies(more);
  }

  /** The strategy of a type, if any. */
  public Optional<ApproverStrategy> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** The strategy of a rule, which must exist. */
  public ApproverStrategy of(ApproverRule rule) {
    return find(rule.type()).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.definition.unknownRule", rule.type())));
  }
}
