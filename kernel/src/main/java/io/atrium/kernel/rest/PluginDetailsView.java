package io.atrium.kernel.rest;

import java.util.List;
import java.util.Map;

/**
 * A plugin and what it contributes.
 *
 * @param plugin the plugin
 * @param services service interfaces it registered
 * @param components its Declarative Services components and their states
 * @param menuItems views it puts in the menu
 * @param tablePrefix prefix of its database tables
 * @param entities its JPA entity classes
 */
public record PluginDetailsView(PluginView plugin, List<String> services, Map<String, String> components,
    List<String> menuItems, String tablePrefix, List<String> entities) {
}
