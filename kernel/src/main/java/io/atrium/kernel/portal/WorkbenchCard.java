package io.atrium.kernel.portal;

import io.atrium.sdk.portal.WidgetContent;
import io.atrium.sdk.portal.WidgetItem;
import java.util.List;

/**
 * One card of the workbench: a widget's content, or the error it caused.
 *
 * @param pluginId the plugin of the widget
 * @param widgetId the widget's id within the plugin
 * @param title the translated title
 * @param content what the widget shows, or null for an error card
 * @param error why the widget could not show anything (translated), or null
 */
public record WorkbenchCard(String pluginId, String widgetId, String title, WidgetContent content, String error) {

  /** At most this many lines of a list card are shown. */
  public static final int MAX_ITEMS = 10;

  /** {@code <pluginId>-<widgetId>}, usable in an HTML id. */
  public String domId() {
    return DomIds.of(pluginId + "-" + widgetId);
  }

  /** Whether this is an error card. */
  public boolean failed() {
    return content == null;
  }

  /** Whether the card shows a big number. */
  public boolean kpi() {
    return content != null && content.kpi() != null;
  }

  /** The lines shown: at most ten, with unsafe links removed. */
  public List<WidgetItem> items() {
    if (content == null) {
      return List.of();
    }
    return content.items().stream().limit(MAX_ITEMS)
        .map(item -> item.link() == null || LocalLinks.isLocal(item.link()) ? item
            : new WidgetItem(item.label(), item.value(), null))
        .toList();
  }

  /** Where "more" leads, if it is a local path. */
  public String moreLink() {
    return content == null ? null : LocalLinks.orNull(content.moreLink());
  }
}
