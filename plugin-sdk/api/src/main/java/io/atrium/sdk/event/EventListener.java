package io.atrium.sdk.event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives events synchronously, inside the publisher's transaction. Keep it short; throw
 * {@link EventVetoException} to refuse the event and roll the transaction back.
 */
@ConsumerType
public interface EventListener {

  /** Handles one event. */
  void onEvent(Event event);
}
