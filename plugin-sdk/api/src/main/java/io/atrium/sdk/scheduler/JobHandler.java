package io.atrium.sdk.scheduler;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs a plugin's job. Register it as a service with {@link JobName}. A run that throws is
 * retried with growing delays. A run of a stopped plugin waits until the plugin runs again.
 */
@ConsumerType
public interface JobHandler {

  /** Does one run. */
  void execute(JobContext context) throws Exception;
}
