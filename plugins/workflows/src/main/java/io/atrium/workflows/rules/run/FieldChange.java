package io.atrium.workflows.rules.run;

/** A field's value before and after an update. */
public record FieldChange(Object before, Object after) {
}
