package io.atrium.kernel.scheduler;

import io.atrium.sdk.scheduler.Scheduler;

/** The kernel's persistent, cluster-safe job scheduler. */
public interface JobScheduler extends AutoCloseable {

  /** The scheduler a plugin gets: job names and run ids are private to the plugin. */
  Scheduler schedulerFor(String pluginId);

  /** Stops picking up runs; runs in progress finish first. */
  @Override
  void close();
}
