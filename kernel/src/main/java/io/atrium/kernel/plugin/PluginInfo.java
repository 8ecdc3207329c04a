package io.atrium.kernel.plugin;

import io.atrium.sdk.plugin.PluginDescriptor;
import io.atrium.sdk.plugin.PluginState;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one plugin as the registry sees it.
 *
 * @param manifest the plugin's headers
 * @param origin built-in or from the data folder
 * @param file the jar's file name
 * @param state current state
 * @param detail why it is not active, or null
 * @param enabled what the administrator wants: false once disabled, kept across restarts
 * @param changedAt when the state last changed
 */
public record PluginInfo(
    PluginManifest manifest,
    PluginOrigin origin,
    String file,
    PluginState state,
    String detail,
    boolean enabled,
    Instant changedAt) implements PluginDescriptor {

  @Override
  public String id() {
    return manifest.id();
  }

  @Override
  public String name() {
    return manifest.name();
  }

  @Override
  public String version() {
    return manifest.version();
  }

  @Override
  public String vendor() {
    return manifest.vendor();
  }

  @Override
  public String description() {
    return manifest.description();
  }

  @Override
  public Optional<String> reason() {
    return Optional.ofNullable(detail);
  }

  @Override
  public boolean builtIn() {
    return origin == PluginOrigin.BUILT_IN;
  }

  /** A copy in another state. */
  public PluginInfo withState(PluginState newState, String newReason, Instant at) {
    return new PluginInfo(manifest, origin, file, newState, newReason, enabled, at);
  }

  /** A copy with another administrator intent. */
  public PluginInfo withEnabled(boolean newEnabled) {
    return new PluginInfo(manifest, origin, file, state, detail, newEnabled, changedAt);
  }
}
