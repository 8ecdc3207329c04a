package io.atrium.web.admin;

import io.atrium.kernel.plugin.PluginInfo;
import java.io.Serializable;
import java.time.Instant;

/**
 * A plugin as the plugins page lists it.
 *
 * @param id plugin id
 * @param name display name
 * @param version version
 * @param vendor vendor
 * @param description description, or null
 * @param state life-cycle state name
 * @param reason why it is not active, or null
 * @param enabled false once an administrator disabled it
 * @param builtIn shipped with the distribution (cannot be uninstalled)
 * @param file the jar's file name
 * @param changedAt when the state last changed
 */
public record PluginRow(String id, String name, String version, String vendor, String description, String state,
    String reason, boolean enabled, boolean builtIn, String file, Instant changedAt) implements Serializable {

  /** The row of a registry snapshot. */
  public static PluginRow of(PluginInfo info) {
    return new PluginRow(info.id(), info.name(), info.version(), info.vendor(), info.description(),
        info.state().name(), info.reason().orElse(null), info.enabled(), info.builtIn(), info.file(),
        info.changedAt());
  }

  /** The PrimeFaces tag severity that colours the state. */
  public String severity() {
    return switch (state) {
      case "ACTIVE" -> "success";
      case "FAILED" -> "danger";
      case "STARTING", "STOPPING" -> "info";
      case "DISABLED" -> "secondary";
      default -> "warning";
    };
  }
}
