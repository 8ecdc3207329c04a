package io.atrium.sdk.testkit;

import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.persistence.Transactions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The notifier of the test kit. Like the server's it takes part in the caller's transaction: a
 * notification counts as sent once that commits, and is dropped when it rolls back.
 */
public final class TestNotifier implements Notifier {

  private final Transactions transactions;
  private final List<Notification> sent = new CopyOnWriteArrayList<>();

  TestNotifier(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void send(Notification notification) {
    transactions.required(() -> {
      transactions.afterCommit(() -> sent.add(notification));
      return null;
    });
  }

  /** The notifications whose transaction committed, oldest first. */
  public List<Notification> sent() {
    return List.copyOf(sent);
  }

  /** The committed notifications of one category. */
  public List<Notification> sent(String category) {
    return sent.stream().filter(n -> n.category().equals(category)).toList();
  }
}
