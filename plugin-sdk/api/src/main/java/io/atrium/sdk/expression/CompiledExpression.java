package io.atrium.sdk.expression;

import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** An expression ready to run; thread-safe. */
@ProviderType
public interface CompiledExpression<T> {

  /** The source text. */
  String text();

  /** The top-level variable names the expression reads, e.g. {@code amount} and {@code items}. */
  Set<String> variables();

  /**
   * Evaluates with the given variables; a variable the map lacks reads as null.
   *
   * @throws ExpressionFailedException when evaluation fails, e.g. on a division by zero or a
   *     property a value does not have
   */
  T evaluate(Map<String, ?> variables);
}
