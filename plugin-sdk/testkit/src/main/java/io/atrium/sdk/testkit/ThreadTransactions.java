package io.atrium.sdk.testkit;

import io.atrium.sdk.persistence.TransactionFailedException;
import io.atrium.sdk.persistence.TransactionRequiredException;
import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link Transactions} with one transaction per thread on a resource {@code R} (an entity
 * manager, a connection): joining, suspending, rollback-only and the after-commit actions, the
 * way JTA behaves on the server. Subclasses say how the resource begins, commits, rolls back and
 * closes.
 */
abstract class ThreadTransactions<R> implements Transactions {

  private final ThreadLocal<Tx<R>> current = new ThreadLocal<>();

  private static final class Tx<R> {
    final R resource;
    final List<Runnable> afterCommit = new ArrayList<>();
    final List<Consumer<Boolean>> afterCompletion = new ArrayList<>();
    boolean rollbackOnly;

    Tx(R resource) {
      this.resource = resource;
    }
  }

  /** A new resource with its transaction begun. */
  abstract R begin();

  /** Commits the resource's transaction. */
  abstract void commit(R resource) throws Exception;

  /** Rolls the resource's transaction back, if it is still open. */
  abstract void rollback(R resource);

  /** Releases the resource after its transaction ended. */
  abstract void close(R resource);

  /** The current transaction's resource, or null outside a transaction. */
  final R currentResource() {
    Tx<R> tx = current.get();
    return tx == null ? null : tx.resource;
  }

  @Override
  public final <T> T required(TransactionalWork<T> work) {
    Tx<R> tx = current.get();
    if (tx == null) {
      return inNew(work);
    }
    try {
      return work.run();
    } catch (RuntimeException e) {
      tx.rollbackOnly = true;
      throw e;
    } catch (Exception e) {
      tx.rollbackOnly = true;
      throw new TransactionFailedException(e.getMessage(), e);
    }
  }

  @Override
  public final <T> T requiresNew(TransactionalWork<T> work) {
    Tx<R> suspended = current.get();
    current.remove();
    try {
      return inNew(work);
    } finally {
      if (suspended != null) {
        current.set(suspended);
      }
    }
  }

  @Override
  public final boolean isActive() {
    return current.get() != null;
  }

  @Override
  public final void setRollbackOnly() {
    active("setRollbackOnly").rollbackOnly = true;
  }

  @Override
  public final void afterCommit(Runnable action) {
    active("afterCommit").afterCommit.add(action);
  }

  /** Runs an action once the current transaction has ended; it gets whether the transaction committed. */
  final void afterCompletion(Consumer<Boolean> action) {
    active("afterCompletion").afterCompletion.add(action);
  }

  private Tx<R> active(String what) {
    Tx<R> tx = current.get();
    if (tx == null) {
      throw new TransactionRequiredException(what + " needs an active transaction");
    }
    return tx;
  }

  private <T> T inNew(TransactionalWork<T> work) {
    Tx<R> tx = new Tx<>(begin());
    current.set(tx);
    boolean committed = false;
    try {
      T result = work.run();
      if (tx.rollbackOnly) {
        rollback(tx.resource);
      } else {
        commit(tx.resource);
        committed = true;
      }
      return result;
    } catch (Exception e) {
      rollback(tx.resource);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new TransactionFailedException(e.getMessage(), e);
    } finally {
      current.remove();
      close(tx.resource);
      for (Consumer<Boolean> action : tx.afterCompletion) {
        action.accept(committed);
      }
      if (committed) {
        tx.afterCommit.forEach(Runnable::run);
      }
    }
  }
}
