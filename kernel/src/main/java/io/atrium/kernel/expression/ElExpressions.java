package io.atrium.kernel.expression;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import io.atrium.sdk.time.AtriumClock;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Expressions} on Jakarta EL, shared by all plugins. */
public final class ElExpressions implements Expressions {

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered:? \"(.*?)\"");

  private final ExpressionFactory factory;
  private final ELResolver resolver;
  private final AtriumClock clock;

  /** Creates the service; {@code today()} and {@code now()} read the clock. */
  public ElExpressions(AtriumClock clock) {
    this.clock = clock;
    this.factory = ElFactory.create();
    this.resolver = ExpressionResolvers.create(factory);
  }

  @Override
  public <T> CompiledExpression<T> compile(String expression, Class<T> resultType) {
    if (resultType == null) {
      throw new IllegalArgumentException("resultType is required; use Object.class for any value");
    }
    ExpressionText.Scan scan = ExpressionText.scan(expression);
    ValueExpression compiled = parse(expression, resultType);
    for (ExpressionText.Call call : scan.calls()) {
      if (!ExpressionFunctions.FUNCTIONS.containsKey(call.name())) {
        throw new InvalidExpressionException(expression, "Invalid expression at column " + call.column()
            + ": there is no function " + call.name() + "(); expressions may call "
            + String.join("(), ", ExpressionFunctions.FUNCTIONS.keySet()) + "()");
      }
    }
    return new ElCompiledExpression<>(expression, compiled, scan.variables(), resultType, this);
  }

  /** A fresh context for one evaluation. */
  ExpressionContext context(Map<String, ?> variables) {
    return new ExpressionContext(factory, resolver, variables, clock.zone());
  }

  /** The clock of {@code today()} and {@code now()}. */
  AtriumClock clock() {
    return clock;
  }

  private ValueExpression parse(String expression, Class<?> resultType) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(ElExpressions.class.getClassLoader());
    try {
      return factory.createValueExpression(context(Map.of()), "${" + expression + "}", resultType);
    } catch (ELException e) {
      throw new InvalidExpressionException(expression, describe(expression, e));
    } catch (Error e) {
      // EL's tokenizer reports unknown characters with an Error of its own
      if (e.getClass().getSimpleName().equals("TokenMgrError")) {
        throw new InvalidExpressionException(expression, describe(expression, e));
      }
      throw e;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** EL's message, with the column counted in the text as written (without the added ${). */
  private static String describe(String expression, Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage());
    Matcher column = COLUMN.matcher(message);
    Matcher encountered = ENCOUNTERED.matcher(message);
    if (column.find()) {
      int at = Math.max(1, Integer.parseInt(column.group(1)) - 2);
      String what = encountered.find() ? encountered.group(1).trim() : "";
      if (at > expression.length() || what.isEmpty() || what.equals("<EOF>")) {
        return "Invalid expression: it ends where more is expected (column " + at + "); the expression is incomplete";
      }
      return "Invalid expression at column " + at + ": unexpected " + what;
    }
    return "Invalid expression: " + message.lines().findFirst().orElse(message);
  }
}
