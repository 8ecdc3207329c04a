package io.atrium.kernel.notify;

/** Which deliveries an administrator lists. */
public enum DeliveryFilter {
  /** Given up, or failed at least once and waiting for the next attempt. */
  PROBLEMS,
  /** Failed at least once and waiting for the next attempt. */
  RETRYING,
  /** Given up. */
  DEAD,
  /** Not sent on purpose. */
  SKIPPED,
  /** Waiting. */
  PENDING,
  /** Handed to their channel. */
  DELIVERED,
  /** All. */
  ALL
}
