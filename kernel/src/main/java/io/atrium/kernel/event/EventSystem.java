package io.atrium.kernel.event;

import io.atrium.sdk.event.Event;
import io.atrium.sdk.event.EventPublisher;
import java.util.Map;

/** The kernel's event facilities: publishing for plugins and the outbox behind after-commit delivery. */
public interface EventSystem extends AutoCloseable {

  /** Deliveries waiting, and given up after too many failures. */
  record Backlog(long pending, long dead) {
  }

  /** The publisher a plugin gets, with the plugin as event source. */
  EventPublisher publisherFor(String pluginId);

  /** Publishes an event from the platform itself. */
  Event publish(String topic, String key, Map<String, ?> payload);

  /** Counts of deliveries waiting, and given up, for health checks. */
  Backlog backlog();

  /** Deletes deliveries and events older than the retention period. */
  int purge();

  @Override
  void close();
}
