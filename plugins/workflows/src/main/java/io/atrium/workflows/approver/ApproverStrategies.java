package io.atrium.workflows.approver;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.json.JsonPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strategies by rule type: the built-in ones, fixed, and those plugins contribute, which come
 * and go with their services ({@link #add}, {@link #remove}). Thread-safe.
 */
public final class ApproverStrategies {

  private final Map<String, ApproverStrategy> fixed;
  private final Map<String, ApproverStrategy> contributed = new ConcurrentHashMap<>();

  private ApproverStrategies(Map<String, ApproverStrategy> fixed) {
    this.fixed = Map.copyOf(fixed);
  }

  /** The built-in strategies on the org chart. */
  public static ApproverStrategies builtIn(Directory directory, Expressions expressions) {
    return of(List.of(new NamedUsersStrategy(directory), new RoleMembersStrategy(directory),
        new DepartmentHeadStrategy(directory), new ManagerChainStrategy(directory), new UserFieldStrategy(directory),
        new DepartmentFieldStrategy(directory), new ExpressionStrategy(directory, expressions)));
  }

  /** Fixed strategies from a list; a later one replaces an earlier one of the same type. */
  public static ApproverStrategies of(List<? extends ApproverStrategy> strategies) {
    Map<String, ApproverStrategy> byType = new LinkedHashMap<>();
    strategies.forEach(s -> byType.put(s.type(), s));
    return new ApproverStrategies(byType);
  }

  /** A copy of the fixed strategies with one more, which replaces any of its type; contributions are not copied. */
  public ApproverStrategies with(ApproverStrategy strategy) {
    Map<String, ApproverStrategy> more = new LinkedHashMap<>(fixed);
    more.put(strategy.type(), strategy);
    return new ApproverStrategies(more);
  }

  /**
   * Adds a contributed strategy.
   *
   * @return false when its type is taken (by a built-in or another contribution), which it then does not replace
   */
  public boolean add(ApproverStrategy strategy) {
    return !fixed.containsKey(strategy.type()) && contributed.putIfAbsent(strategy.type(), strategy) == null;
  }

  /** Removes a contributed strategy, if it is the one registered for its type. */
  public void remove(ApproverStrategy strategy) {
    contributed.remove(strategy.type(), strategy);
  }

  /** The strategy of a type, if any. */
  public Optional<ApproverStrategy> find(String type) {
    ApproverStrategy strategy = fixed.get(type);
    return Optional.ofNullable(strategy != null ? strategy : contributed.get(type));
  }

  /** The strategy of a rule, which must exist. */
  public ApproverStrategy of(ApproverRule rule) {
    return find(rule.type()).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.definition.unknownRule", rule.type())));
  }

  /** The people a rule names now; its strategy must exist. */
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    return of(rule).resolve(rule.config(), context);
  }

  /**
   * The problems of a rule, with paths under the rule's own.
   *
   * @param knownFields the record's field names, or null when not known
   */
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    Optional<ApproverStrategy> strategy = find(rule.type());
    if (strategy.isEmpty()) {
      return List.of(DefinitionProblem.of(JsonPaths.property(path, "type"), "workflows.definition.unknownRule",
          rule.type()));
    }
    List<RuleProblem> problems = strategy.get().check(rule.config(), new RuleCheck(knownFields));
    return problems.stream()
        .map(p -> new DefinitionProblem(under(path, p.path()), new WorkflowsMessage(p.messageKey(), p.arguments())))
        .toList();
  }

  private static String under(String path, String inner) {
    if (inner.isEmpty()) {
      return path;
    }
    return inner.startsWith("[") ? path + inner : path + "." + inner;
  }
}
