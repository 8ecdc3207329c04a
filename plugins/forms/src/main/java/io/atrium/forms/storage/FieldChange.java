package io.atrium.forms.storage;

import java.util.Objects;

/**
 * A change of one field between the published version and the new schema, for the version history.
 *
 * @param kind what happened
 * @param fieldId the field's id
 * @param name the field's name in the new schema (the old one for a removed field)
 * @param previous the old name of a renamed field, the old type of a retyped one, else null
 * @param current the new type of a retyped field, else null
 */
public record FieldChange(Kind kind, String fieldId, String name, String previous, String current) {

  /** What happened to a field. */
  public enum Kind {
    /** New field. */
    ADDED,
    /** Field removed; its data is kept. */
    REMOVED,
    /** A removed field came back. */
    RESTORED,
    /** Same field, new name. */
    RENAMED,
    /** Same field, another type or size. */
    RETYPED
  }

  /** Checks the parts. */
  public FieldChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fieldId, "fieldId");
    Objects.requireNonNull(name, "name");
  }
}
