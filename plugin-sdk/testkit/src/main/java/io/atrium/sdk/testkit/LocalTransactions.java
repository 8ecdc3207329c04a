package io.atrium.sdk.testkit;

import io.atrium.sdk.persistence.TransactionFailedException;
import io.atrium.sdk.persistence.TransactionRequiredException;
import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link Transactions} on a resource-local entity manager per thread: what JTA does on the
 * server, for one plugin's database in a unit test.
 */
public final class LocalTransactions implements Transactions {

  private final EntityManagerFactory factory;
  private final javax.sql.DataSource database;
  private final ThreadLocal<Tx> current = new ThreadLocal<>();

  private static final class Tx {
    final EntityManager entityManager;
    final List<Runnable> afterCommit = new ArrayList<>();
    final List<Consumer<Boolean>> afterCompletion = new ArrayList<>();
    boolean rollbackOnly;

    Tx(EntityManager entityManager) {
      this.entityManager = entityManager;
    }
  }

  LocalTransactions(EntityManagerFactory factory, javax.sql.DataSource database) {
    this.factory = factory;
    this.database = database;
  }

  /**
   * A data source whose connections, inside a transaction, are the entity manager's own (so JDBC
   * and JPA work commit together, as JTA makes them on the server); outside one, plain ones.
   */
  javax.sql.DataSource dataSource() {
    return new TransactionBoundDataSource(database, this::transactionConnection);
  }

  private Connection transactionConnection() {
    Tx tx = current.get();
    if (tx == null) {
      return null;
    }
    return SharedConnection.of(tx.entityManager.unwrap(Connection.class));
  }

  /** The entity manager of the current transaction. */
  EntityManager entityManager() {
    Tx tx = current.get();
    if (tx == null) {
      throw new TransactionRequiredException("The entity manager was used outside a transaction; wrap the work "
          + "in Transactions.required(...)");
    }
    return tx.entityManager;
  }

  @Override
  public <T> T required(TransactionalWork<T> work) {
    Tx tx = current.get();
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
  public <T> T requiresNew(TransactionalWork<T> work) {
    Tx suspended = current.get();
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
  public boolean isActive() {
    return current.get() != null;
  }

  @Override
  public void setRollbackOnly() {
    Tx tx = current.get();
    if (tx == null) {
      throw new TransactionRequiredException("setRollbackOnly needs an active transaction");
    }
    tx.rollbackOnly = true;
  }

  @Override
  public void afterCommit(Runnable action) {
    Tx tx = current.get();
    if (tx == null) {
      throw new TransactionRequiredException("afterCommit needs an active transaction");
    }
    tx.afterCommit.add(action);
  }

  /** Runs an action once the current transaction has ended; it gets whether the transaction committed. */
  void afterCompletion(Consumer<Boolean> action) {
    Tx tx = current.get();
    if (tx == null) {
      throw new TransactionRequiredException("afterCompletion needs an active transaction");
    }
    tx.afterCompletion.add(action);
  }

  private <T> T inNew(TransactionalWork<T> work) {
    EntityManager entityManager = factory.createEntityManager();
    Tx tx = new Tx(entityManager);
    current.set(tx);
    entityManager.getTransaction().begin();
    boolean committed = false;
    try {
      T result = work.run();
      if (tx.rollbackOnly) {
        entityManager.getTransaction().rollback();
      } else {
        entityManager.getTransaction().commit();
        committed = true;
      }
      return result;
    } catch (Exception e) {
      if (entityManager.getTransaction().isActive()) {
        entityManager.getTransaction().rollback();
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new TransactionFailedException(e.getMessage(), e);
    } finally {
      current.remove();
      entityManager.close();
      for (Consumer<Boolean> action : tx.afterCompletion) {
        action.accept(committed);
      }
      if (committed) {
        tx.afterCommit.forEach(Runnable::run);
      }
    }
  }
}
