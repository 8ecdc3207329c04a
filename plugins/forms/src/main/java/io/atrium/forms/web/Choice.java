package io.atrium.forms.web;

/**
 * One entry of a drop-down or an autocomplete: the value the input holds and what users read.
 *
 * @param value the stored value as text (an option value, a user or department id)
 * @param label what users see
 */
public record Choice(String value, String label) {
}
