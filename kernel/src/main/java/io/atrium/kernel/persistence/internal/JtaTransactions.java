package io.atrium.kernel.persistence.internal;

import io.atrium.kernel.persistence.JtaEnvironment;
import io.atrium.sdk.persistence.TransactionFailedException;
import io.atrium.sdk.persistence.TransactionRequiredException;
import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link Transactions} on the container's JTA transaction manager. */
public final class JtaTransactions implements Transactions {

  private static final Logger LOG = Logger.getLogger(JtaTransactions.class.getName());

  @Override
  public <T> T required(TransactionalWork<T> work) {
    if (isActive()) {
      return joined(work);
    }
    return inNewTransaction(work);
  }

  @Override
  public <T> T requiresNew(TransactionalWork<T> work) {
    TransactionManager manager = JtaEnvironment.transactionManager();
    Transaction suspended = null;
    try {
      if (isActive()) {
        suspended = manager.suspend();
      }
      return inNewTransaction(work);
    } catch (SystemException e) {
      throw new TransactionFailedException("Could not suspend the current transaction", e);
    } finally {
      if (suspended != null) {
        try {
          manager.resume(suspended);
        } catch (Exception e) {
          LOG.log(Level.SEVERE, "Could not resume a suspended transaction", e);
        }
      }
    }
  }

  @Override
  public boolean isActive() {
    int status = JtaEnvironment.synchronizationRegistry().getTransactionStatus();
    return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
  }

  @Override
  public void setRollbackOnly() {
    if (!isActive()) {
      throw new TransactionRequiredException("setRollbackOnly needs an active transaction");
    }
    JtaEnvironment.synchronizationRegistry().setRollbackOnly();
  }

  @Override
  public void afterCommit(Runnable action) {
    if (!isActive()) {
      throw new TransactionRequiredException("afterCommit needs an active transaction");
    }
    JtaEnvironment.synchronizationRegistry().registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        // nothing before commit
      }

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          try {
            action.run();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An after-commit action failed", e);
          }
        }
      }
    });
  }

  private <T> T joined(TransactionalWork<T> work) {
    try {
      return work.run();
    } catch (RuntimeException e) {
      markRollbackQuietly();
      throw e;
    } catch (Exception e) {
      markRollbackQuietly();
      throw new TransactionFailedException(e.getMessage(), e);
    }
  }

  private static <T> T inNewTransaction(TransactionalWork<T> work) {
    TransactionManager manager = JtaEnvironment.transactionManager();
    UserTransaction user = JtaEnvironment.userTransaction().orElse(null);
    try {
      if (user != null) {
        user.begin();
      } else {
        manager.begin();
      }
    } catch (Exception e) {
      throw new TransactionFailedException("Could not begin a transaction", e);
    }
    T result;
    try {
      result = work.run();
    } catch (Exception e) {
      rollbackQuietly(manager, user);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new TransactionFailedException(e.getMessage(), e);
    } catch (Error e) {
      rollbackQuietly(manager, user);
      throw e;
    }
    try {
      if (manager.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
        if (user != null) {
          user.rollback();
        } else {
          manager.rollback();
        }
      } else if (user != null) {
        user.commit();
      } else {
        manager.commit();
      }
    } catch (Exception e) {
      throw new TransactionFailedException("The transaction could not be committed: " + e.getMessage(), e);
    }
    return result;
  }

  private static void markRollbackQuietly() {
    try {
      JtaEnvironment.synchronizationRegistry().setRollbackOnly();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not mark the transaction for rollback", e);
    }
  }

  private static void rollbackQuietly(TransactionManager manager, UserTransaction user) {
    try {
      int status = manager.getStatus();
      if (status != Status.STATUS_NO_TRANSACTION) {
        if (user != null) {
          user.rollback();
        } else {
          manager.rollback();
        }
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Rolling back failed", e);
    }
  }
}
