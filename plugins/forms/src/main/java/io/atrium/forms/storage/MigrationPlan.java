package io.atrium.forms.storage;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What publishing a schema would do to a form's tables, computed from the current allocation and
 * the new schema before anything runs: the steps, each explained; the changes refused (all of
 * them, so the designer can fix everything at once); and the allocation afterwards.
 *
 * @param formId the form
 * @param baseVersion the published version the plan starts from (0 before the first publish)
 * @param steps what runs, in order
 * @param refused the changes that stand in the way; when any, nothing runs
 * @param changes what changed per field, for the version history
 * @param allocation the allocation after the steps
 */
public record MigrationPlan(long formId, int baseVersion, List<MigrationStep> steps, List<RefusedChange> refused,
    List<FieldChange> changes, TableAllocation allocation) {

  /** Checks the parts and freezes the lists. */
  public MigrationPlan {
    steps = List.copyOf(steps);
    refused = List.copyOf(refused);
    changes = List.copyOf(changes);
    Objects.requireNonNull(allocation, "allocation");
  }

  /** Whether nothing stands in the way. */
  public boolean allowed() {
    return refused.isEmpty();
  }

  /**
   * Throws when a change is refused.
   *
   * @throws MigrationRefusedException listing every refused change
   */
  public void requireAllowed() {
    if (!refused.isEmpty()) {
      throw new MigrationRefusedException(refused);
    }
  }

  /** Every statement, in order. */
  public List<String> sql() {
    return steps.stream().flatMap(s -> s.sql().stream()).toList();
  }

  /** The steps' explanations in a language, one per line. */
  public String describe(Locale locale) {
    return steps.stream().map(s -> s.explain(locale)).collect(Collectors.joining("\n"));
  }

  /**
   * The changes as JSON for the version history:
   * {@code {"changes":[{"kind":"RENAMED","fieldId":"f3","name":"total","previous":"amount"}]}}.
   */
  public String changeSummaryJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (FieldChange change : changes) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("kind", change.kind().name())
          .add("fieldId", change.fieldId()).add("name", change.name());
      if (change.previous() != null) {
        item.add("previous", change.previous());
      }
      if (change.current() != null) {
        item.add("current", change.current());
      }
      list.add(item);
    }
    return Json.createObjectBuilder().add("baseVersion", baseVersion).add("changes", list).build().toString();
  }
}
