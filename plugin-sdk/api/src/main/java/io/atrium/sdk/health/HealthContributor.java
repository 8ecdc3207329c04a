package io.atrium.sdk.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A readiness check contributed by a plugin; register it as a service. It must answer fast
 * (under a second) and never throw: a check that throws counts as down.
 */
@ConsumerType
public interface HealthContributor {

  /** Short name of the check, unique within the plugin. */
  String name();

  /** Checks now. */
  HealthResult check();
}
