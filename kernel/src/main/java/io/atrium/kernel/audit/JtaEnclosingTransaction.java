package io.atrium.kernel.audit;

import io.atrium.kernel.persistence.JtaEnvironment;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The container's JTA transaction. Work bound to it runs in an interposed synchronization's
 * {@code beforeCompletion}: after the non-interposed ones (where JPA flushes), still inside the
 * transaction and on its connections, so it commits or rolls back with everything else.
 */
public final class JtaEnclosingTransaction implements EnclosingTransaction {

  @Override
  public State state() {
    int status = JtaEnvironment.synchronizationRegistry().getTransactionStatus();
    return switch (status) {
      case Status.STATUS_ACTIVE -> State.ACTIVE;
      case Status.STATUS_MARKED_ROLLBACK -> State.ROLLBACK_ONLY;
      default -> State.NONE;
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T bound(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
    TransactionSynchronizationRegistry registry = JtaEnvironment.synchronizationRegistry();
    T existing = (T) registry.getResource(key);
    if (existing != null) {
      return existing;
    }
    T created = create.get();
    registry.putResource(key, created);
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
          beforeCommit.accept(created);
        }
      }

      @Override
      public void afterCompletion(int status) {
        // nothing: the work was part of the transaction
      }
    });
    return created;
  }
}
