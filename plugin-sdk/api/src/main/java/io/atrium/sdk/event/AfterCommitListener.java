package io.atrium.sdk.event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives events after the publishing transaction commits, from a durable outbox: at least once,
 * retried with growing delays when it throws. Make it idempotent, e.g. by {@link Event#key()}.
 * Each delivery runs in a transaction of its own.
 */
@ConsumerType
public interface AfterCommitListener {

  /** Handles one event; throwing schedules a retry. */
  void onEvent(Event event) throws Exception;
}
