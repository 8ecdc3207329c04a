package io.atrium.forms.schema.json;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the fields of a new schema version their ids, which is what keeps a renamed field on its
 * column: a field keeps the id of the previous version's field with the same id, else takes the id
 * of the previous field with the same name, else gets a new id {@code f<n>} with n above every id
 * ever used. Line fields of a sub-table are matched among the line fields of the matched sub-table.
 * Ids a client made up (matching nothing) are replaced, so a client can never pick the column of
 * another or a removed field.
 */
public final class FieldIds {

  private static final Pattern ID = Pattern.compile("f([1-9][0-9]{0,8})");

  private FieldIds() {
  }

  /** The highest n of the ids {@code f<n>} in the schemas, 0 when there is none. */
  public static int highest(FormSchema... schemas) {
    int highest = 0;
    for (FormSchema schema : schemas) {
      if (schema == null) {
        continue;
      }
      for (FieldDefinition field : schema.fieldsAndLineFields()) {
        highest = Math.max(highest, number(field.id()));
      }
    }
    return highest;
  }

  private static int number(String id) {
    if (id == null) {
      return 0;
    }
    Matcher m = ID.matcher(id);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Ids for a schema following {@code previous} (null for the first version). */
  public static FormSchema assign(FormSchema previous, FormSchema next) {
    return assign(previous, next, highest(previous));
  }

  /**
   * Ids for a schema following {@code previous}.
   *
   * @param previous the version published before, or null for the first version
   * @param highestEverUsed the highest n of any id the form ever had, also in versions before
   *     {@code previous} (their fields' columns are kept, hidden)
   */
  public static FormSchema assign(FormSchema previous, FormSchema next, int highestEverUsed) {
    int[] counter = {Math.max(highestEverUsed, highest(previous))};
    List<FieldDefinition> before = previous == null ? List.of() : previous.fields();
    Set<String> claimed = new HashSet<>();
    // first pass: ids matched by id, so that a field matched by id wins over one matched by name
    List<FormSection> sections = new ArrayList<>();
    List<FieldDefinition> matched = new ArrayList<>();
    for (FormSection section : next.sections()) {
      for (FieldDefinition field : section.fields()) {
        FieldDefinition match = byId(before, field.id(), claimed);
        matched.add(match);
        if (match != null) {
          claimed.add(match.id());
        }
      }
    }
    int index = 0;
    for (FormSection section : next.sections()) {
      List<FieldDefinition> fields = new ArrayList<>();
      for (FieldDefinition field : section.fields()) {
        FieldDefinition match = matched.get(index++);
        if (match == null) {
          match = byName(before, field.name(), claimed);
          if (match != null) {
            claimed.add(match.id());
          }
        }
        String id = match != null ? match.id() : "f" + (++counter[0]);
        FieldDefinition withId = field.withId(id);
        if (!field.fields().isEmpty()) {
          withId = withId.withFields(lines(match == null ? List.of() : match.fields(), field.fields(), counter));
        }
        fields.add(withId);
      }
      sections.add(section.withFields(fields));
    }
    return next.withSections(sections);
  }

  private static List<FieldDefinition> lines(List<FieldDefinition> before, List<FieldDefinition> next, int[] counter) {
    Set<String> claimed = new HashSet<>();
    List<FieldDefinition> matched = new ArrayList<>();
    for (FieldDefinition field : next) {
      FieldDefinition match = byId(before, field.id(), claimed);
      matched.add(match);
      if (match != null) {
        claimed.add(match.id());
      }
    }
    List<FieldDefinition> result = new ArrayList<>();
    for (int i = 0; i < next.size(); i++) {
      FieldDefinition field = next.get(i);
      FieldDefinition match = matched.get(i);
      if (match == null) {
        match = byName(before, field.name(), claimed);
        if (match != null) {
          claimed.add(match.id());
        }
      }
      result.add(field.withId(match != null ? match.id() : "f" + (++counter[0])));
    }
    return result;
  }

  private static FieldDefinition byId(List<FieldDefinition> fields, String id, Set<String> claimed) {
    if (id == null || claimed.contains(id)) {
      return null;
    }
    return find(fields, f -> id.equals(f.id()), claimed).orElse(null);
  }

  private static FieldDefinition byName(List<FieldDefinition> fields, String name, Set<String> claimed) {
    return find(fields, f -> f.name().equals(name), claimed).orElse(null);
  }

  private static Optional<FieldDefinition> find(List<FieldDefinition> fields,
      java.util.function.Predicate<FieldDefinition> test, Set<String> claimed) {
    return fields.stream().filter(f -> f.id() != null && !claimed.contains(f.id())).filter(test).findFirst();
  }
}
