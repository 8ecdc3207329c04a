package io.atrium.sdk.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: JTA transactions. Work done by several plugins inside one {@link #required}
 * call commits or rolls back as one.
 */
@ProviderType
public interface Transactions {

  /** Runs the work in the current transaction, or in a new one when none is active. */
  <T> T required(TransactionalWork<T> work);

  /** Runs the work in a new transaction, suspending the current one while it runs. */
  <T> T requiresNew(TransactionalWork<T> work);

  /** True when the calling thread is inside an active transaction. */
  boolean isActive();

  /** Marks the current transaction so that it rolls back instead of committing. */
  void setRollbackOnly();

  /**
   * Runs the action after the current transaction has committed; does nothing if it rolls back.
   *
   * @throws TransactionRequiredException when no transaction is active
   */
  void afterCommit(Runnable action);
}
