package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.Map;
import java.util.Objects;

/**
 * The people an EL expression names: a user id, a login name, or a list of them, e.g.
 * {@code amount > 50000 ? 'cfo' : 'controller'}.
 */
public record ExpressionRule(String expression) implements ApproverRule {

  public static final String TYPE = "expression";

  /** Checks the expression. */
  public ExpressionRule {
    Objects.requireNonNull(expression, "expression");
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleConfig config() {
    return new RuleConfig(TYPE, Map.of("expression", expression));
  }
}
