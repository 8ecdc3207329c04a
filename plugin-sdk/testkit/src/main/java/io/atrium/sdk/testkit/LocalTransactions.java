package io.atrium.sdk.testkit;

import io.atrium.sdk.persistence.TransactionRequiredException;
import io.atrium.sdk.persistence.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * {@link Transactions} on a resource-local entity manager per thread: what JTA does on the
 * server, for one plugin's database in a unit test.
 */
public final class LocalTransactions extends ThreadTransactions<EntityManager> {

  private final EntityManagerFactory factory;
  private final DataSource database;

  LocalTransactions(EntityManagerFactory factory, DataSource database) {
    this.factory = factory;
    this.database = database;
  }

  /**
   * A data source whose connections, inside a transaction, are the entity manager's own (so JDBC
   * and JPA work commit together, as JTA makes them on the server); outside one, plain ones.
   */
  DataSource dataSource() {
    return new TransactionBoundDataSource(database, () -> {
      EntityManager entityManager = currentResource();
      return entityManager == null ? null : SharedConnection.of(entityManager.unwrap(Connection.class));
    });
  }

  /** The entity manager of the current transaction. */
  EntityManager entityManager() {
    EntityManager entityManager = currentResource();
    if (entityManager == null) {
      throw new TransactionRequiredException("The entity manager was used outside a transaction; wrap the work "
          + "in Transactions.required(...)");
    }
    return entityManager;
  }

  @Override
  EntityManager begin() {
    EntityManager entityManager = factory.createEntityManager();
    entityManager.getTransaction().begin();
    return entityManager;
  }

  @Override
  void commit(EntityManager entityManager) {
    entityManager.getTransaction().commit();
  }

  @Override
  void rollback(EntityManager entityManager) {
    if (entityManager.getTransaction().isActive()) {
      entityManager.getTransaction().rollback();
    }
  }

  @Override
  void close(EntityManager entityManager) {
    entityManager.close();
  }
}
