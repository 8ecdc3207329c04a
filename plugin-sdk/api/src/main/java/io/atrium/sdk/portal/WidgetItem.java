package io.atrium.sdk.portal;

/**
 * A line of a workbench card: a label, a value and where it leads.
 *
 * @param label plain text
 * @param value plain text (a number, a date, a status), or empty
 * @param link a path of this server, or null
 */
public record WidgetItem(String label, String value, String link) {

  /** Checks the parts. */
  public WidgetItem {
    label = label == null ? "" : label;
    value = value == null ? "" : value;
    if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
      throw new IllegalArgumentException("A widget links to a path of this server, not " + link);
    }
  }
}
