package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import java.time.Instant;

/**
 * The report of one directory sync, as stored and shown in the admin console.
 *
 * @param id run id
 * @param sourceId the source synced
 * @param trigger what started it
 * @param startedAt when it began
 * @param finishedAt when it ended
 * @param succeeded false when it failed and changed nothing
 * @param result what changed (nothing when it failed)
 * @param error why it failed, or null
 */
public record SyncRun(long id, String sourceId, Trigger trigger, Instant startedAt, Instant finishedAt,
    boolean succeeded, SyncResult result, Message error) {

  /** What started a sync. */
  public enum Trigger {
    /** The schedule of the source. */
    SCHEDULE,
    /** An administrator, from the console or REST. */
    MANUAL
  }
}
