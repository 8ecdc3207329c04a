package io.atrium.kernel.rest;

import io.atrium.kernel.plugin.PluginInfo;
import java.time.Instant;

/**
 * A plugin as the REST API shows it.
 *
 * @param id plugin id
 * @param name display name
 * @param version version
 * @param vendor vendor
 * @param description description
 * @param state life-cycle state
 * @param reason why it is not active, or null
 * @param enabled false when an administrator disabled it
 * @param builtIn shipped with the distribution
 * @param file jar file name
 * @param changedAt when the state last changed
 */
public record PluginView(String id, String name, String version, String vendor, String description, String state,
    String reason, boolean enabled, boolean builtIn, String file, Instant changedAt) {

  /** Converts a registry snapshot. */
  public static PluginView of(PluginInfo info) {
    return new PluginView(info.id(), info.name(), info.version(), info.vendor(), info.description(),
        info.state().name(), info.reason().orElse(null), info.enabled(), info.builtIn(), info.file(),
        info.changedAt());
  }
}
