package io.atrium.kernel.event.internal;

import io.atrium.kernel.event.EventSystem;
import io.atrium.kernel.host.Whiteboard;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.event.AfterCommitListener;
import io.atrium.sdk.event.Event;
import io.atrium.sdk.event.EventListener;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.time.Duration;
import java.util.Map;
import org.osgi.framework.BundleContext;

/** The kernel's {@link EventSystem}: bus, outbox tables and dispatcher. */
public final class Outbox implements EventSystem {

  /** How long delivered events are kept. */
  static final Duration RETENTION = Duration.ofDays(7);

  private final Whiteboard<EventListener> listeners;
  private final Whiteboard<AfterCommitListener> afterCommitListeners;
  private final OutboxStore store;
  private final OutboxDispatcher dispatcher;
  private final EventBus bus;
  private final AtriumClock clock;

  /**
   * Wires the event system and starts the dispatcher.
   *
   * @param pluginInstalled whether a plugin id is installed; deliveries to listeners of plugins that
   *     are gone are given up instead of waiting forever
   */
  public Outbox(BundleContext context, Jdbc jdbc, DatabaseDialect dialect, Transactions transactions,
      AtriumClock clock, java.util.function.Predicate<String> pluginInstalled) {
    this.clock = clock;
    this.listeners = new Whiteboard<>(context, EventListener.class);
    this.afterCommitListeners = new Whiteboard<>(context, AfterCommitListener.class);
    this.store = new OutboxStore(jdbc, dialect);
    this.dispatcher = new OutboxDispatcher(store, afterCommitListeners, transactions, clock, pluginInstalled);
    this.bus = new EventBus(listeners, afterCommitListeners, store, transactions, clock, dispatcher::wake);
    dispatcher.start();
  }

  @Override
  public EventPublisher publisherFor(String pluginId) {
    return new EventPublisher() {
      @Override
      public Event publish(String topic, Map<String, ?> payload) {
        return bus.publish(pluginId, topic, null, payload);
      }

      @Override
      public Event publish(String topic, String key, Map<String, ?> payload) {
        return bus.publish(pluginId, topic, key, payload);
      }
    };
  }

  @Override
  public Event publish(String topic, String key, Map<String, ?> payload) {
    return bus.publish("atrium", topic, key, payload);
  }

  @Override
  public Backlog backlog() {
    return new Backlog(store.count("PENDING"), store.count("DEAD"));
  }

  @Override
  public int purge() {
    return store.purge(clock.now().minus(RETENTION));
  }

  @Override
  public void close() {
    dispatcher.close();
    afterCommitListeners.close();
    listeners.close();
  }
}
