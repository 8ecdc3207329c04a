package io.atrium.forms.validation;

import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of validating a record's values.
 *
 * @param values every top-level field of the schema in order with its cleaned, typed value: formulas
 *     computed, rich text sanitised, phone numbers normalised, hidden fields emptied (a hidden field
 *     is not kept); what the storage writes
 * @param hidden names of the fields conditional rules hide
 * @param changed names of the fields whose value differs from the stored one (edits); every field
 *     with a value for a new record
 * @param problems every problem found; empty when the values can be stored
 */
public record ValidationResult(Map<String, Object> values, Set<String> hidden, Set<String> changed,
    List<FieldProblem> problems) {

  /** Freezes the parts. */
  public ValidationResult {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    hidden = Set.copyOf(hidden);
    changed = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(changed));
    problems = List.copyOf(problems);
  }

  /** Whether the values can be stored. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /**
   * The values when there is no problem.
   *
   * @throws RecordValidationException with every problem otherwise
   */
  public Map<String, Object> orThrow() {
    if (!problems.isEmpty()) {
      throw new RecordValidationException(problems);
    }
    return values;
  }
}
