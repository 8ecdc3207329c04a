package io.atrium.forms.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A form as designed: its key, name, layout with fields, conditional rules and cross-field checks.
 *
 * @param key identifier in URLs, permissions and REST, e.g. {@code expense-claim}: lower-case
 *     letters, digits and {@code -}, starting with a letter, at most 40 characters
 * @param name the form's name
 * @param description what it is for, or null
 * @param sections the layout, at least one
 * @param rules conditional show/hide/require rules
 * @param checks cross-field validations
 */
public record FormSchema(String key, LocalizedText name, LocalizedText description, List<FormSection> sections,
    List<FormRule> rules, List<CrossCheck> checks) {

  /** Checks the parts and freezes the lists. */
  public FormSchema {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    sections = List.copyOf(sections);
    rules = rules == null ? List.of() : List.copyOf(rules);
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /** Every top-level field, section by section. */
  public List<FieldDefinition> fields() {
    List<FieldDefinition> all = new ArrayList<>();
    sections.forEach(section -> all.addAll(section.fields()));
    return all;
  }

  /** The top-level field with that name. */
  public Optional<FieldDefinition> field(String name) {
    return fields().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Every field with an id: the top-level fields and the line fields of sub-tables. */
  public List<FieldDefinition> fieldsAndLineFields() {
    List<FieldDefinition> all = new ArrayList<>();
    for (FieldDefinition field : fields()) {
      all.add(field);
      all.addAll(field.fields());
    }
    return all;
  }

  /** The field, top-level or line field, with that id. */
  public Optional<FieldDefinition> fieldById(String id) {
    return fieldsAndLineFields().stream().filter(f -> id.equals(f.id())).findFirst();
  }

  /** The form's name for a reader. */
  public String name(java.util.Locale locale) {
    return name.in(locale);
  }

  /** This schema with other sections. */
  public FormSchema withSections(List<FormSection> newSections) {
    return new FormSchema(key, name, description, newSections, rules, checks);
  }
}
