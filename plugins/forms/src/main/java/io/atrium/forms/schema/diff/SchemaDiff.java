package io.atrium.forms.schema.diff;

import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldProperty;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.LocalizedText;
import io.atrium.forms.schema.json.FormSchemaJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a form, for the designer's version history: fields added,
 * removed, renamed (same id, other name), of another type, with other properties, moved; sections;
 * rules and checks. Fields are matched by id, and by name where a side has no ids.
 */
public final class SchemaDiff {

  /** Properties compared one by one; the others are changes of their own kind. */
  private static final Set<FieldProperty> SKIPPED = EnumSet.of(FieldProperty.ID, FieldProperty.NAME,
      FieldProperty.TYPE, FieldProperty.FIELDS);

  private final List<SchemaChange> changes;

  private SchemaDiff(List<SchemaChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /** The differences from {@code older} to {@code newer}. */
  public static SchemaDiff between(FormSchema older, FormSchema newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<SchemaChange> changes = new ArrayList<>();
    form(older, newer, changes);
    sections(older.sections(), newer.sections(), changes);
    fields(located(older), located(newer), "", changes, true);
    rules(older.rules(), newer.rules(), changes);
    checks(older.checks(), newer.checks(), changes);
    return new SchemaDiff(changes);
  }

  /** The changes, form first, then sections, fields in the new order, rules and checks. */
  public List<SchemaChange> changes() {
    return changes;
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** One sentence per change in a language, e.g. "Renamed field Amount: amount → total". */
  public List<String> summary(Locale locale) {
    ChangeSummary summary = new ChangeSummary(locale);
    return changes.stream().map(summary::sentence).toList();
  }

  /**
   * The changes as JSON for the version history:
   * {@code {"changes": [{"kind", "fieldId", "field", "label", "property", "before", "after", "summary"}]}},
   * labels and summaries in the given language.
   */
  public JsonObject toJson(Locale locale) {
    ChangeSummary summary = new ChangeSummary(locale);
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (SchemaChange change : changes) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("kind", change.kind().name());
      addIfPresent(item, "fieldId", change.fieldId());
      addIfPresent(item, "field", change.field());
      if (change.label() != null) {
        item.add("label", change.label().in(locale));
      }
      addIfPresent(item, "property", change.property());
      item.add("before", change.before() == null ? JsonValue.NULL : change.before());
      item.add("after", change.after() == null ? JsonValue.NULL : change.after());
      item.add("summary", summary.sentence(change));
      out.add(item);
    }
    return Json.createObjectBuilder().add("changes", out).build();
  }

  private static void addIfPresent(JsonObjectBuilder item, String name, String value) {
    if (value != null) {
      item.add(name, value);
    }
  }

  // --- the form and its sections

  private static void form(FormSchema older, FormSchema newer, List<SchemaChange> changes) {
    if (!older.name().equals(newer.name())) {
      changes.add(new SchemaChange(SchemaChange.Kind.FORM_CHANGED, null, null, null, "name", json(older.name()),
          json(newer.name())));
    }
    if (!Objects.equals(older.description(), newer.description())) {
      changes.add(new SchemaChange(SchemaChange.Kind.FORM_CHANGED, null, null, null, "description",
          json(older.description()), json(newer.description())));
    }
  }

  private static void sections(List<FormSection> older, List<FormSection> newer, List<SchemaChange> changes) {
    for (int i = 0; i < Math.max(older.size(), newer.size()); i++) {
      if (i >= older.size()) {
        FormSection added = newer.get(i);
        changes.add(new SchemaChange(SchemaChange.Kind.SECTION_ADDED, null, null, sectionLabel(added, i), "section",
            null, Json.createValue(i + 1)));
      } else if (i >= newer.size()) {
        FormSection removed = older.get(i);
        changes.add(new SchemaChange(SchemaChange.Kind.SECTION_REMOVED, null, null, sectionLabel(removed, i),
            "section", Json.createValue(i + 1), null));
      } else {
        FormSection before = older.get(i);
        FormSection after = newer.get(i);
        if (!Objects.equals(before.title(), after.title())) {
          changes.add(new SchemaChange(SchemaChange.Kind.SECTION_CHANGED, null, null, sectionLabel(after, i), "title",
              json(before.title()), json(after.title())));
        }
        if (before.columns() != after.columns()) {
          changes.add(new SchemaChange(SchemaChange.Kind.SECTION_CHANGED, null, null, sectionLabel(after, i),
              "columns", Json.createValue(before.columns()), Json.createValue(after.columns())));
        }
      }
    }
  }

  private static LocalizedText sectionLabel(FormSection section, int index) {
    return section.title() != null ? section.title() : LocalizedText.of(String.valueOf(index + 1));
  }

  // --- fields

  /** A field with where it is: its section and its place in the form's reading order. */
  private record Located(FieldDefinition field, int section, int order) {
  }

  private static List<Located> located(FormSchema schema) {
    List<Located> all = new ArrayList<>();
    for (int s = 0; s < schema.sections().size(); s++) {
      for (FieldDefinition field : schema.sections().get(s).fields()) {
        all.add(new Located(field, s, all.size()));
      }
    }
    return all;
  }

  private static List<Located> located(List<FieldDefinition> fields) {
    List<Located> all = new ArrayList<>();
    for (FieldDefinition field : fields) {
      all.add(new Located(field, 0, all.size()));
    }
    return all;
  }

  private static void fields(List<Located> older, List<Located> newer, String prefix, List<SchemaChange> changes,
      boolean topLevel) {
    Map<Located, Located> matches = match(older, newer);
    Set<Located> matchedOld = new HashSet<>(matches.values());
    Set<Located> movedInOrder = reordered(newer, matches);
    for (Located after : newer) {
      Located before = matches.get(after);
      FieldDefinition field = after.field();
      String name = prefix + field.name();
      if (before == null) {
        changes.add(new SchemaChange(SchemaChange.Kind.FIELD_ADDED, field.id(), name, field.label(), null, null,
            FormSchemaJson.writeField(field)));
        continue;
      }
      FieldDefinition old = before.field();
      if (!old.name().equals(field.name())) {
        changes.add(new SchemaChange(SchemaChange.Kind.FIELD_RENAMED, field.id(), name, field.label(), "name",
            Json.createValue(prefix + old.name()), Json.createValue(name)));
      }
      if (old.type() != field.type()) {
        changes.add(new SchemaChange(SchemaChange.Kind.FIELD_TYPE_CHANGED, field.id(), name, field.label(), "type",
            Json.createValue(old.type().jsonName()), Json.createValue(field.type().jsonName())));
      }
      for (FieldProperty property : FieldProperty.values()) {
        if (SKIPPED.contains(property) || !property.appliesTo(field.type()) && !property.appliesTo(old.type())) {
          continue;
        }
        JsonValue was = property(property, old);
        JsonValue is = property(property, field);
        if (!Objects.equals(was, is)) {
          changes.add(new SchemaChange(SchemaChange.Kind.FIELD_CHANGED, field.id(), name, field.label(),
              property.jsonName(), was, is));
        }
      }
      if (topLevel && before.section() != after.section()) {
        changes.add(new SchemaChange(SchemaChange.Kind.FIELD_MOVED, field.id(), name, field.label(), "section",
            Json.createValue(before.section() + 1), Json.createValue(after.section() + 1)));
      } else if (movedInOrder.contains(after)) {
        changes.add(new SchemaChange(SchemaChange.Kind.FIELD_MOVED, field.id(), name, field.label(), "position",
            Json.createValue(before.order() + 1), Json.createValue(after.order() + 1)));
      }
      if (!old.fields().isEmpty() || !field.fields().isEmpty()) {
        fields(located(old.fields()), located(field.fields()), name + ".", changes, false);
      }
    }
    for (Located before : older) {
      if (!matchedOld.contains(before)) {
        FieldDefinition field = before.field();
        changes.add(new SchemaChange(SchemaChange.Kind.FIELD_REMOVED, field.id(), prefix + field.name(),
            field.label(), null, FormSchemaJson.writeField(field), null));
      }
    }
  }

  /** A property's value as JSON; null when it does not apply or is empty (false and 1 are values). */
  private static JsonValue property(FieldProperty property, FieldDefinition field) {
    if (!property.appliesTo(field.type())) {
      return null;
    }
    JsonValue value = FormSchemaJson.writeProperty(property, field);
    boolean empty = value.getValueType() == JsonValue.ValueType.NULL
        || value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty();
    return empty ? null : value;
  }

  /** New field to old field: by id where both have one, else by name. */
  private static Map<Located, Located> match(List<Located> older, List<Located> newer) {
    Map<Located, Located> matches = new LinkedHashMap<>();
    Set<Located> taken = new HashSet<>();
    for (Located after : newer) {
      String id = after.field().id();
      if (id == null) {
        continue;
      }
      for (Located before : older) {
        if (id.equals(before.field().id()) && taken.add(before)) {
          matches.put(after, before);
          break;
        }
      }
    }
    for (Located after : newer) {
      if (matches.containsKey(after)) {
        continue;
      }
      for (Located before : older) {
        boolean idsDisagree = after.field().id() != null && before.field().id() != null;
        if (!idsDisagree && before.field().name().equals(after.field().name()) && taken.add(before)) {
          matches.put(after, before);
          break;
        }
      }
    }
    return matches;
  }

  /**
   * The fields that changed place: those outside the longest run of matched fields that kept
   * their relative order (so one field moved is one change, not every field after it).
   */
  private static Set<Located> reordered(List<Located> newer, Map<Located, Located> matches) {
    List<Located> kept = newer.stream().filter(matches::containsKey).toList();
    int n = kept.size();
    int[] length = new int[n];
    int[] previous = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (matches.get(kept.get(j)).order() < matches.get(kept.get(i)).order() && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (best < 0 || length[i] > length[best]) {
        best = i;
      }
    }
    Set<Located> inOrder = new HashSet<>();
    for (int i = best; i >= 0; i = previous[i]) {
      inOrder.add(kept.get(i));
    }
    Set<Located> moved = new HashSet<>(kept);
    moved.removeAll(inOrder);
    return moved;
  }

  // --- rules and checks

  private static void rules(List<FormRule> older, List<FormRule> newer, List<SchemaChange> changes) {
    for (FormRule rule : older) {
      if (!newer.contains(rule)) {
        changes.add(new SchemaChange(SchemaChange.Kind.RULE_REMOVED, null, null, null, "rules", rule(rule), null));
      }
    }
    for (FormRule rule : newer) {
      if (!older.contains(rule)) {
        changes.add(new SchemaChange(SchemaChange.Kind.RULE_ADDED, null, null, null, "rules", null, rule(rule)));
      }
    }
  }

  private static void checks(List<CrossCheck> older, List<CrossCheck> newer, List<SchemaChange> changes) {
    for (CrossCheck check : older) {
      if (!newer.contains(check)) {
        changes.add(new SchemaChange(SchemaChange.Kind.CHECK_REMOVED, null, check.field(), null, "checks",
            check(check), null));
      }
    }
    for (CrossCheck check : newer) {
      if (!older.contains(check)) {
        changes.add(new SchemaChange(SchemaChange.Kind.CHECK_ADDED, null, check.field(), null, "checks", null,
            check(check)));
      }
    }
  }

  private static JsonValue rule(FormRule rule) {
    return Json.createObjectBuilder().add("when", rule.when()).add("show", Json.createArrayBuilder(rule.show()))
        .add("hide", Json.createArrayBuilder(rule.hide())).add("require", Json.createArrayBuilder(rule.require()))
        .build();
  }

  private static JsonValue check(CrossCheck check) {
    return Json.createObjectBuilder().add("expression", check.expression()).add("field", check.field())
        .add("message", json(check.message())).build();
  }

  private static JsonValue json(Object value) {
    return value == null ? null : FormSchemaJson.writeValue(value);
  }
}
