package io.atrium.forms.storage;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds fields and schemas for tests: {@code F.of("f1", "title", TEXT).maxLength(50).build()}. */
final class F {

  private final String id;
  private final String name;
  private final FieldType type;
  private boolean unique;
  private boolean filterable;
  private boolean multiple;
  private Integer maxLength;
  private Integer scale;
  private String serialPattern;
  private String lookupForm;
  private final List<FieldDefinition> lines = new ArrayList<>();

  private F(String id, String name, FieldType type) {
    this.id = id;
    this.name = name;
    this.type = type;
  }

  static F of(String id, String name, FieldType type) {
    return new F(id, name, type);
  }

  static FieldDefinition field(String id, String name, FieldType type) {
    return of(id, name, type).build();
  }

  F unique() {
    this.unique = true;
    return this;
  }

  F filterable() {
    this.filterable = true;
    return this;
  }

  F multiple() {
    this.multiple = true;
    return this;
  }

  F maxLength(int length) {
    this.maxLength = length;
    return this;
  }

  F scale(int digits) {
    this.scale = digits;
    return this;
  }

  F serial(String pattern) {
    this.serialPattern = pattern;
    return this;
  }

  F lookup(String formKey) {
    this.lookupForm = formKey;
    return this;
  }

  F lines(FieldDefinition... fields) {
    lines.addAll(List.of(fields));
    return this;
  }

  FieldDefinition build() {
    return new FieldDefinition(id, name, type, LocalizedText.of(name), null, null, false, unique, filterable, 1, null,
        null, maxLength, null, null, null, null, scale, null, List.of(), null, multiple, null, null, null, null,
        Set.of(), serialPattern, null, lookupForm, null, lines);
  }

  /** A line (or other map value) of a record, typed for assertions. */
  @SuppressWarnings("unchecked")
  static java.util.Map<String, Object> map(Object value) {
    return (java.util.Map<String, Object>) value;
  }

  /** A schema with one section holding the fields. */
  static FormSchema schema(String key, FieldDefinition... fields) {
    return new FormSchema(key, LocalizedText.of(key), null, List.of(new FormSection(null, 1, List.of(fields))),
        List.of(), List.of());
  }
}
