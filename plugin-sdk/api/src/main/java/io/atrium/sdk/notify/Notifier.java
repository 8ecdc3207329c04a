package io.atrium.sdk.notify;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: sends notifications. Sending is part of the caller's transaction:
 * nothing goes out if it rolls back; after commit every recipient gets the in-app notification and
 * a delivery on each channel they chose, retried until it succeeds or is given up.
 */
@ProviderType
public interface Notifier {

  /** Sends a notification. */
  void send(Notification notification);
}
