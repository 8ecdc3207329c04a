package io.atrium.kernel.plugin;

/** Where a plugin jar came from. */
public enum PluginOrigin {
  /** Shipped with the distribution. */
  BUILT_IN,
  /** Dropped into {@code <data>/plugins} or uploaded by an administrator. */
  DATA_DIR
}
