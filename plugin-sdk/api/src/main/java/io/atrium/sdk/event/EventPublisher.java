package io.atrium.sdk.event;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** Host service, one per plugin: publishes events with the plugin as their source. */
@ProviderType
public interface EventPublisher {

  /**
   * Publishes an event in the current transaction: synchronous listeners run now, after-commit
   * listeners get it once the transaction commits. Without a transaction the event is published in
   * a transaction of its own.
   *
   * @throws EventVetoException when a synchronous listener refuses the event; the transaction is
   *     then marked for rollback
   * @throws IllegalArgumentException when the topic is malformed or the payload holds a value that
   *     is not JSON
   */
  Event publish(String topic, Map<String, ?> payload);

  /**
   * Same as {@link #publish(String, Map)} with an idempotency key: a second event with the same
   * topic and key is not delivered again to after-commit listeners.
   */
  Event publish(String topic, String key, Map<String, ?> payload);
}
