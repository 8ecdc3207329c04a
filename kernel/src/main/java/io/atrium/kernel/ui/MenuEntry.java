package io.atrium.kernel.ui;

/** A menu item ready to render; a JavaBean because Faces reads it through EL. */
public final class MenuEntry {

  private final String pluginId;
  private final String id;
  private final String label;
  private final String url;
  private final String icon;
  private final int order;

  /**
   * Creates an entry.
   *
   * @param pluginId the contributing plugin
   * @param id item id within the plugin
   * @param label translated label
   * @param url path of the view from the context root, e.g. {@code /hello/index.xhtml}
   * @param icon icon CSS classes
   * @param order sort position
   */
  public MenuEntry(String pluginId, String id, String label, String url, String icon, int order) {
    this.pluginId = pluginId;
    this.id = id;
    this.label = label;
    this.url = url;
    this.icon = icon;
    this.order = order;
  }

  public String getPluginId() {
    return pluginId;
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public String getUrl() {
    return url;
  }

  public String getIcon() {
    return icon;
  }

  public int getOrder() {
    return order;
  }
}
