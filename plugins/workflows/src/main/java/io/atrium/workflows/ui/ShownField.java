package io.atrium.workflows.ui;

import java.util.List;

/**
 * A record field as a task or printout shows it.
 *
 * @param name the field's name
 * @param label its label in the reader's language
 * @param text its value as text; empty when it has none
 * @param lines for line items: one text per line, else empty
 */
public record ShownField(String name, String label, String text, List<String> lines) {

  /** Freezes the lines. */
  public ShownField {
    lines = List.copyOf(lines);
  }
}
