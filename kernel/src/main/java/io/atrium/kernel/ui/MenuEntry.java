package io.atrium.kernel.ui;

/**
 * A menu item ready to render.
 *
 * @param pluginId the contributing plugin
 * @param id item id within the plugin
 * @param label translated label
 * @param url path of the view from the context root, e.g. {@code /hello/index.xhtml}
 * @param icon icon CSS classes
 * @param order sort position
 */
public record MenuEntry(String pluginId, String id, String label, String url, String icon, int order) {
}
