package io.atrium.sdk.plugin;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Host service: a read-only view of the installed plugins. */
@ProviderType
public interface Plugins {

  /** All installed plugins, ordered by id. */
  List<PluginDescriptor> list();

  /** The plugin with this id, if installed. */
  Optional<PluginDescriptor> find(String id);
}
