package io.atrium.workflows.definition;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The check of one EL text of a definition: it compiles, and names only the record's fields and {@code submitter}. */
final class ExpressionCheck {

  private static final String SUBMITTER = "submitter";

  private ExpressionCheck() {
  }

  /**
   * Checks an expression; whether it compiled.
   *
   * @param knownFields the record's field names, or null when not known (then names are not checked)
   */
  static boolean check(Expressions expressions, String text, Class<?> type, String path, Set<String> knownFields,
      List<DefinitionProblem> into) {
    CompiledExpression<?> compiled;
    try {
      compiled = expressions.compile(text, type);
    } catch (InvalidExpressionException e) {
      into.add(DefinitionProblem.of(path, "workflows.definition.invalidExpression", e.getMessage()));
      return false;
    }
    if (knownFields != null) {
      Set<String> unknown = new TreeSet<>(compiled.variables());
      unknown.removeAll(knownFields);
      unknown.remove(SUBMITTER);
      if (!unknown.isEmpty()) {
        into.add(DefinitionProblem.of(path, "workflows.definition.unknownVariables", String.join(", ", unknown)));
      }
    }
    return true;
  }
}
