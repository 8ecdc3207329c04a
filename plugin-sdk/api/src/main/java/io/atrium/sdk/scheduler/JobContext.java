package io.atrium.sdk.scheduler;

import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** What a job run knows about itself. */
@ProviderType
public interface JobContext {

  /** The job's name. */
  String job();

  /** The run id given when scheduling. */
  String runId();

  /** When the run was due; earlier than now when it was caught up after downtime. */
  Instant scheduledAt();

  /** How many times this run failed before. */
  int failedAttempts();

  /** The data given when scheduling. */
  Map<String, String> data();
}
