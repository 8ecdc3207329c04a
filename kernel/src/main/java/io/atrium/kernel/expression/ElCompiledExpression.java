package io.atrium.kernel.expression;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.ExpressionFailedException;
import jakarta.el.ValueExpression;
import java.util.Map;
import java.util.Set;

/**
 * A parsed expression. EL's value expressions are immutable and safe to share between threads;
 * each evaluation gets its own EL context holding its variables.
 */
final class ElCompiledExpression<T> implements CompiledExpression<T> {

  private final String text;
  private final ValueExpression expression;
  private final Set<String> variables;
  private final Class<T> resultType;
  private final ElExpressions service;

  ElCompiledExpression(String text, ValueExpression expression, Set<String> variables, Class<T> resultType,
      ElExpressions service) {
    this.text = text;
    this.expression = expression;
    this.variables = variables;
    this.resultType = resultType;
    this.service = service;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public Set<String> variables() {
    return variables;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T evaluate(Map<String, ?> values) {
    Map<String, ?> given = values == null ? Map.of() : values;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // a plugin's thread has the plugin's loader, which does not see the EL implementation
    thread.setContextClassLoader(ElCompiledExpression.class.getClassLoader());
    try {
      Object value = ExpressionFunctions.withClock(service.clock(),
          () -> expression.getValue(service.context(given)));
      if (value instanceof Double number && (number.isInfinite() || number.isNaN())
          || value instanceof Float single && (single.isInfinite() || single.isNaN())) {
        throw new ExpressionFailedException("The expression '" + text + "' gave no number (a division by zero?)",
            null);
      }
      return (T) boxed(resultType).cast(value);
    } catch (ExpressionFailedException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ExpressionFailedException("The expression '" + text + "' failed: " + reason(e), e);
    } catch (StackOverflowError e) {
      throw new ExpressionFailedException("The expression '" + text + "' nests too deeply", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static String reason(Throwable failure) {
    Throwable cause = failure;
    String message = failure.getMessage();
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  @Override
  public String toString() {
    return text;
  }
}
