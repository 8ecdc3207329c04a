package io.atrium.kernel.plugin;

import java.time.Instant;

/**
 * A jar in the plugin folder that was refused.
 *
 * @param file the jar's file name
 * @param pluginId the plugin id it declares, or null when unreadable
 * @param reason what is wrong, for an administrator
 * @param at when it was refused
 */
public record RejectedJar(String file, String pluginId, String reason, Instant at) {
}
