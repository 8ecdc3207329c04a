package io.atrium.forms;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.ExpressionFailedException;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import jakarta.el.ValueExpression;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.glassfish.expressly.lang.ExpressionBuilder;
import org.glassfish.expressly.parser.AstIdentifier;
import org.glassfish.expressly.parser.AstLambdaParameters;
import org.glassfish.expressly.parser.Node;

/**
 * A test-only {@link Expressions} on Jakarta EL (Expressly) with the functions the SDK documents,
 * until the kernel's implementation is available to plugin tests.
 */
public final class ElExpressions implements Expressions {

  private static final ExpressionFactory FACTORY = new ExpressionFactoryImpl();

  @Override
  public <T> CompiledExpression<T> compile(String expression, Class<T> resultType) {
    try {
      ValueExpression compiled = FACTORY.createValueExpression(context(Map.of()), "${" + expression + "}",
          Object.class);
      return new Compiled<>(expression, compiled, resultType, variables(expression));
    } catch (ELException | IllegalArgumentException e) {
      throw new InvalidExpressionException(expression, e.getMessage());
    }
  }

  private static Set<String> variables(String expression) {
    Node root = ExpressionBuilder.createNode("${" + expression + "}");
    Set<String> found = new LinkedHashSet<>();
    Set<String> lambdaParameters = new HashSet<>();
    collect(root, found, lambdaParameters);
    found.removeAll(lambdaParameters);
    return found;
  }

  private static void collect(Node node, Set<String> found, Set<String> lambdaParameters) {
    if (node instanceof AstLambdaParameters) {
      for (int i = 0; i < node.jjtGetNumChildren(); i++) {
        lambdaParameters.add(node.jjtGetChild(i).getImage());
      }
      return;
    }
    if (node instanceof AstIdentifier) {
      found.add(node.getImage());
    }
    for (int i = 0; i < node.jjtGetNumChildren(); i++) {
      collect(node.jjtGetChild(i), found, lambdaParameters);
    }
  }

  private static ELContext context(Map<String, ?> variables) {
    StandardELContext context = new StandardELContext(FACTORY);
    context.addELResolver(new VariableResolver(variables));
    try {
      for (Method method : Functions.class.getMethods()) {
        if (method.getDeclaringClass() == Functions.class) {
          context.getFunctionMapper().mapFunction("", method.getName(), method);
        }
      }
    } catch (SecurityException e) {
      throw new IllegalStateException(e);
    }
    return context;
  }

  private record Compiled<T>(String text, ValueExpression expression, Class<T> type, Set<String> variables)
      implements CompiledExpression<T> {
    @Override
    public T evaluate(Map<String, ?> values) {
      ELContext context = context(values);
      try {
        Object result = expression.getValue(context);
        return type.cast(context.convertToType(result, type));
      } catch (RuntimeException e) {
        throw new ExpressionFailedException(e.getMessage(), e);
      }
    }
  }

  /** Resolves top-level names to the given values; a name the map lacks reads as null. */
  private static final class VariableResolver extends ELResolver {
    private final Map<String, ?> variables;

    VariableResolver(Map<String, ?> variables) {
      this.variables = variables;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name) {
        context.setPropertyResolved(true);
        return variables.get(name);
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // expressions only read
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return base == null ? String.class : null;
    }
  }

  /** The functions expressions may call. */
  public static final class Functions {
    private Functions() {
    }

    /** The sum of a field over a list of lines. */
    public static BigDecimal sum(Object lines, String field) {
      BigDecimal total = BigDecimal.ZERO;
      if (lines instanceof Collection<?> collection) {
        for (Object line : collection) {
          Object value = line instanceof Map<?, ?> map ? map.get(field) : null;
          if (value instanceof BigDecimal d) {
            total = total.add(d);
          } else if (value instanceof Number n) {
            total = total.add(new BigDecimal(n.toString()));
          }
        }
      }
      return total;
    }

    /** How many items a list has. */
    public static Long count(Object list) {
      return list instanceof Collection<?> c ? (long) c.size() : 0L;
    }

    /** Today. */
    public static LocalDate today() {
      return LocalDate.now();
    }

    /** Now. */
    public static Instant now() {
      return Instant.now();
    }

    /** Days from a to b. */
    public static Long daysBetween(Object a, Object b) {
      if (a instanceof LocalDate x && b instanceof LocalDate y) {
        return ChronoUnit.DAYS.between(x, y);
      }
      return null;
    }

    /** Whether a value is null, blank or an empty list. */
    public static Boolean isEmpty(Object value) {
      return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }
  }
}
