package io.atrium.sdk.scheduler;

import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: schedules runs of the plugin's own jobs. Job names and run ids are
 * private to the plugin; each has 1 to 80 characters and no {@code /} (others are refused with
 * {@link IllegalArgumentException}).
 */
@ProviderType
public interface Scheduler {

  /**
   * Schedules one run of a job. Scheduling again with the same run id replaces the earlier run.
   *
   * @param job the {@link JobName} of a handler of this plugin
   * @param runId identifies this run within the job, e.g. a record id
   * @param at when to run; a past instant runs as soon as possible
   * @param data small string values handed to the handler
   */
  void scheduleOnce(String job, String runId, Instant at, Map<String, String> data);

  /**
   * Schedules a job to run again and again. Scheduling again with the same run id replaces the
   * schedule.
   */
  void scheduleRecurring(String job, String runId, Schedule schedule, Map<String, String> data);

  /** Cancels a scheduled run; returns false if there was none. */
  boolean cancel(String job, String runId);

  /** Whether a run with this id is scheduled. */
  boolean isScheduled(String job, String runId);
}
