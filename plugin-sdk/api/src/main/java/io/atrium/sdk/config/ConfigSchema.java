package io.atrium.sdk.config;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Describes a plugin's settings; register one as a service. */
@ConsumerType
public interface ConfigSchema {

  /** The settings, in the order the admin console shows them. */
  List<ConfigProperty> properties();
}
