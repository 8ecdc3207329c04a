package io.atrium.kernel.event.internal;

import io.atrium.kernel.event.TopicMatcher;
import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.host.Whiteboard;
import io.atrium.sdk.event.AfterCommitListener;
import io.atrium.sdk.event.Event;
import io.atrium.sdk.event.EventListener;
import io.atrium.sdk.event.EventTopics;
import io.atrium.sdk.event.EventVetoException;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes events: synchronous listeners run in the publisher's transaction, and one outbox
 * delivery row per after-commit listener is written in the same transaction, so a delivery exists
 * exactly when the publishing work committed.
 */
public final class EventBus {

  private static final Logger LOG = Logger.getLogger(EventBus.class.getName());

  private final Whiteboard<EventListener> listeners;
  private final Whiteboard<AfterCommitListener> afterCommitListeners;
  private final OutboxStore outbox;
  private final Transactions transactions;
  private final AtriumClock clock;
  private final Runnable wakeDispatcher;

  EventBus(Whiteboard<EventListener> listeners, Whiteboard<AfterCommitListener> afterCommitListeners,
      OutboxStore outbox, Transactions transactions, AtriumClock clock, Runnable wakeDispatcher) {
    this.listeners = listeners;
    this.afterCommitListeners = afterCommitListeners;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
    this.wakeDispatcher = wakeDispatcher;
  }

  /** Publishes an event from {@code source}; {@code key} may be null. */
  public Event publish(String source, String topic, String key, Map<String, ?> payload) {
    if (!TopicMatcher.isValidTopic(topic)) {
      throw new IllegalArgumentException("Event topic '" + topic + "' is malformed; use lower-case words "
          + "separated by slashes, e.g. forms/record/created");
    }
    String id = UUID.randomUUID().toString();
    if (key != null && (key.isBlank() || key.length() > 200)) {
      throw new IllegalArgumentException("An event key has 1 to 200 characters");
    }
    Event event = new Event(id, topic, key == null ? id : key, source, clock.now(), payload);
    io.atrium.kernel.event.EventPayloads.toJson(event.payload());
    return transactions.required(() -> {
      deliverSynchronously(event);
      enqueue(event);
      return event;
    });
  }

  private void deliverSynchronously(Event event) {
    for (Contribution<EventListener> listener : subscribers(listeners, event.topic())) {
      try {
        listener.service().onEvent(event);
      } catch (EventVetoException e) {
        transactions.setRollbackOnly();
        throw e;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Listener " + listener.qualifiedName() + " failed on " + event, e);
        transactions.setRollbackOnly();
        throw e;
      }
    }
  }

  private void enqueue(Event event) {
    List<Contribution<AfterCommitListener>> subscribers = subscribers(afterCommitListeners, event.topic());
    if (subscribers.isEmpty() || !outbox.insertEvent(event)) {
      return;
    }
    for (Contribution<AfterCommitListener> subscriber : subscribers) {
      outbox.insertDelivery(event.id(), subscriber.qualifiedName(), event.occurredAt());
    }
    transactions.afterCommit(wakeDispatcher);
  }

  private static <T> List<Contribution<T>> subscribers(Whiteboard<T> whiteboard, String topic) {
    return whiteboard.matching(c -> TopicMatcher.matchesAny(c.stringsOf(EventTopics.PROPERTY), topic));
  }
}
