package io.atrium.forms.web;

import java.util.List;

/**
 * One step of a record's history on the record page.
 *
 * @param when when, in the company's zone
 * @param who the person's name
 * @param kind {@code created}, {@code updated}, {@code submitted}, {@code deleted}, {@code restored} or {@code other}
 * @param what the step in words
 * @param changes the changed fields of an update
 */
public record HistoryView(String when, String who, String kind, String what, List<Change> changes) {

  /**
   * One changed field as text.
   *
   * @param label the field's label
   * @param before the value before, formatted (empty when redacted)
   * @param after the value after, formatted (empty when redacted)
   * @param redacted whether the values are hidden from the viewer
   */
  public record Change(String label, String before, String after, boolean redacted) {
  }
}
