package io.atrium.kernel.notify;

/** Where a channel delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its first or next attempt. */
  PENDING,
  /** Handed to the channel. */
  DELIVERED,
  /** Not sent on purpose (channel not configured, recipient not reachable on it); the reason is kept. */
  SKIPPED,
  /** Given up after too many failed attempts; the last error is kept. */
  DEAD
}
