package io.atrium.workflows.ui;

import io.atrium.sdk.record.RecordFieldType;
import java.util.List;

/**
 * A record field as a task or printout shows it.
 *
 * @param name the field's name
 * @param label its label in the reader's language
 * @param text its value as text; empty when it has none
 * @param lines for line items: one text per line, else empty
 * @param type the kind of value
 * @param writable whether the task's node lets the reader change it on the page
 * @param input for a writable field: its value as the input box starts with, else empty
 */
public record ShownField(String name, String label, String text, List<String> lines, RecordFieldType type,
    boolean writable, String input) {

  /** Freezes the lines. */
  public ShownField {
    lines = List.copyOf(lines);
  }
}
