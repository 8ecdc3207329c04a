package io.atrium.sdk.expression;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: compiles Jakarta EL expressions once and evaluates them many times.
 *
 * <p>Besides EL's operators, collection streams and lambdas (e.g.
 * {@code items.stream().map(i -> i.amount).sum()}) expressions may call {@code sum(list, 'field')},
 * {@code count(list)}, {@code today()}, {@code now()}, {@code daysBetween(a, b)} and
 * {@code isEmpty(x)}. Dates are {@code java.time} values and compare with {@code <}, {@code >=}.
 */
@ProviderType
public interface Expressions {

  /**
   * Compiles an expression.
   *
   * @param expression the text without {@code ${}}
   * @param resultType what evaluation returns, coerced by EL's rules, e.g. {@code Boolean.class}
   * @throws InvalidExpressionException when the text is not a valid expression
   */
  <T> CompiledExpression<T> compile(String expression, Class<T> resultType);
}
