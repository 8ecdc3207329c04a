package io.atrium.forms.imports;

/**
 * A field of the form as a mapping target.
 *
 * @param name the field's name
 * @param label its label in the user's language
 * @param type its type code, e.g. {@code date}
 * @param required whether it must have a value
 * @param mappable whether a column may fill it: false for fields the user may not write and for
 *     computed, numbered, file and sub-table fields
 */
public record ImportField(String name, String label, String type, boolean required, boolean mappable) {
}
