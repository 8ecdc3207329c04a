package io.atrium.sdk.plugin;

/** Where a plugin is in its life cycle. */
public enum PluginState {
  /** Installed and resolved, not started yet. */
  INSTALLED,
  /** Being started: migrations run, components activate. */
  STARTING,
  /** Started: its services, pages and menu entries are live. */
  ACTIVE,
  /** Being stopped. */
  STOPPING,
  /** Stopped by an administrator; stays stopped across restarts. */
  DISABLED,
  /** Could not be installed, resolved or started; {@link PluginDescriptor#reason()} says why. */
  FAILED,
  /** Present but not loaded because the server runs in safe mode. */
  SAFE_MODE
}
