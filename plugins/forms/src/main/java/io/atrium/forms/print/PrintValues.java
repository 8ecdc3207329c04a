package io.atrium.forms.print;

import java.util.List;
import java.util.Map;

/**
 * What a template is filled with, already made safe: {@code values} and {@code labels} by placeholder
 * name as plain text (escaped when written), {@code markup} by name as checked XHTML (sanitised rich
 * text, generated {@code <img>} of signatures), and {@code lines} of each sub-table as values of the
 * same kind. A field the reader may not see is in none of them, so it prints nothing.
 *
 * @param values text by name: fields ({@code amount}), system fields ({@code _serial})
 * @param labels labels by field name ({@code amount}) and by line field ({@code items.what})
 * @param markup XHTML by field name, written as it is
 * @param lines the lines of each sub-table by its name
 */
public record PrintValues(Map<String, String> values, Map<String, String> labels, Map<String, String> markup,
    Map<String, List<PrintValues>> lines) {

  /** Copies the maps. */
  public PrintValues {
    values = Map.copyOf(values);
    labels = Map.copyOf(labels);
    markup = Map.copyOf(markup);
    lines = Map.copyOf(lines);
  }
}
