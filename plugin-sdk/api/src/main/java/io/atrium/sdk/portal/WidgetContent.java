package io.atrium.sdk.portal;

import java.util.List;

/**
 * What a workbench card shows now: a big number with a caption, or a list of items.
 *
 * @param kpi the big number as text, or null for a list card
 * @param caption text under the number or above the list, or empty
 * @param items the lines, at most ten are shown
 * @param moreLink where "more" leads, or null
 */
public record WidgetContent(String kpi, String caption, List<WidgetItem> items, String moreLink) {

  /** Copies the items. */
  public WidgetContent {
    caption = caption == null ? "" : caption;
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A card with a big number. */
  public static WidgetContent kpi(String value, String caption, String moreLink) {
    return new WidgetContent(value, caption, List.of(), moreLink);
  }

  /** A card with a list. */
  public static WidgetContent list(List<WidgetItem> items, String moreLink) {
    return new WidgetContent(null, "", items, moreLink);
  }
}
