package io.atrium.sdk.expression;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: compiles Jakarta EL expressions once and evaluates them many times.
 *
 * <p>Besides EL's operators, collection streams and lambdas (e.g.
 * {@code items.stream().map(i -> i.amount).sum()}) expressions may call {@code sum(list, 'field')},
 * {@code count(list)}, {@code today()}, {@code now()}, {@code daysBetween(a, b)} and
 * {@code isEmpty(x)}. Dates are {@code java.time} values and compare with {@code <}, {@code >=}.
 *
 * <p>Expressions read variables, entries of maps ({@code i.amount}) and items of lists; they may
 * call methods without side effects on text, numbers and dates (e.g. {@code name.trim()},
 * {@code startDate.plusDays(7)}, {@code amount.setScale(2, 'HALF_UP')}) and the read methods of
 * lists and maps. They cannot assign, reach Java classes or static members (a class name is an
 * unknown variable, so null), or read properties of other objects.
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
