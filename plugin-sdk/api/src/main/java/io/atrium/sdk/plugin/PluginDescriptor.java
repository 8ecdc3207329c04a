package io.atrium.sdk.plugin;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** What the platform knows about one installed plugin. */
@ProviderType
public interface PluginDescriptor {

  /** Unique id from the {@value PluginHeaders#ID} header. */
  String id();

  /** Display name. */
  String name();

  /** Plugin version (the bundle version). */
  String version();

  /** Vendor. */
  String vendor();

  /** Description, empty when the plugin declares none. */
  String description();

  /** Current state. */
  PluginState state();

  /** Why the plugin is {@link PluginState#FAILED} or otherwise not active; empty when active. */
  Optional<String> reason();

  /** True for plugins shipped with the distribution. */
  boolean builtIn();
}
