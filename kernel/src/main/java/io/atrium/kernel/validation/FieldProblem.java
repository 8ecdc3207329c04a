package io.atrium.kernel.validation;

import io.atrium.kernel.i18n.Message;

/**
 * What is wrong with one field of an input.
 *
 * @param field the field's name as the caller sent it, e.g. {@code email}; empty for the input as a whole
 * @param message what is wrong, translated when shown
 */
public record FieldProblem(String field, Message message) {
}
