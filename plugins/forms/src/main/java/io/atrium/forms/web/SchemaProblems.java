package io.atrium.forms.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problems of a refused schema as the designer's script shows them: JSON path and message
 * each. The catalog reports them with the codec's {@code InvalidSchemaException}, whose
 * {@code problems()} are {@code SchemaProblem(path, message)} records; read through their
 * accessors so the pages do not depend on the codec's package.
 */
final class SchemaProblems {

  /** The exception's simple class name. */
  static final String EXCEPTION = "InvalidSchemaException";

  private SchemaProblems() {
  }

  /** The problems when the exception is the codec's refusal of a schema, else empty. */
  static Optional<List<Map<String, String>>> of(RuntimeException e) {
    if (!EXCEPTION.equals(e.getClass().getSimpleName())) {
      return Optional.empty();
    }
    try {
      Object problems = e.getClass().getMethod("problems").invoke(e);
      List<Map<String, String>> list = new ArrayList<>();
      for (Object problem : (Iterable<?>) problems) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("path", String.valueOf(call(problem, "path")));
        entry.put("message", String.valueOf(call(problem, "message")));
        list.add(entry);
      }
      return Optional.of(list);
    } catch (ReflectiveOperationException | ClassCastException failure) {
      return Optional.of(List.of(Map.of("path", "$", "message", String.valueOf(e.getMessage()))));
    }
  }

  private static Object call(Object target, String accessor) throws ReflectiveOperationException {
    Method method = target.getClass().getMethod(accessor);
    method.setAccessible(true);
    return method.invoke(target);
  }
}
