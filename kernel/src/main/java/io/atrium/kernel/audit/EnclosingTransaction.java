package io.atrium.kernel.audit;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The caller's transaction, as far as the audit log needs it: whether there is one, and a place
 * to collect entries that are written just before it commits.
 */
public interface EnclosingTransaction {

  /** No enclosing transactions: every entry is written in a transaction of its own. */
  EnclosingTransaction NONE = new EnclosingTransaction() {
    @Override
    public State state() {
      return State.NONE;
    }

    @Override
    public <T> T bound(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
      throw new IllegalStateException("There is no transaction");
    }
  };

  /** What the calling thread's transaction is doing. */
  enum State {
    /** There is none. */
    NONE,
    /** One is active and may commit. */
    ACTIVE,
    /** One is active but can only roll back. */
    ROLLBACK_ONLY
  }

  /** The calling thread's transaction state. */
  State state();

  /**
   * The object bound to the active transaction under {@code key}; the first call creates it and
   * arranges for {@code beforeCommit} to run with it after all other work of the transaction and
   * just before it commits (not at all when it rolls back). An exception from
   * {@code beforeCommit} rolls the transaction back.
   */
  <T> T bound(Object key, Supplier<T> create, Consumer<T> beforeCommit);
}
