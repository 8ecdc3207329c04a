package io.atrium.kernel.persistence.internal;

import io.atrium.kernel.persistence.JtaEnvironment;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.TransactionRequiredException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;

/** {@link PluginPersistence} of one plugin: a transaction-scoped entity manager from its unit. */
public final class BundlePersistence implements PluginPersistence {

  private final String pluginId;
  private final String tablePrefix;
  private final PluginUnits units;
  private final Object resourceKey;
  private final DataSource dataSource;
  private final Database database;

  /** Creates the service for one plugin. */
  public BundlePersistence(String pluginId, String tablePrefix, PluginUnits units, DataSource dataSource,
      Database database) {
    this.pluginId = pluginId;
    this.tablePrefix = tablePrefix;
    this.units = units;
    this.dataSource = dataSource;
    this.database = database;
    this.resourceKey = "atrium.entity-manager." + pluginId;
  }

  @Override
  public EntityManager entityManager() {
    TransactionSynchronizationRegistry registry = JtaEnvironment.synchronizationRegistry();
    int status = registry.getTransactionStatus();
    if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
      throw new TransactionRequiredException("Plugin '" + pluginId + "' used its entity manager outside a "
          + "transaction; wrap the work in Transactions.required(...)");
    }
    EntityManager current = (EntityManager) registry.getResource(resourceKey);
    if (current != null) {
      return current;
    }
    EntityManager created = units.factory(pluginId).createEntityManager(SynchronizationType.SYNCHRONIZED);
    created.joinTransaction();
    registry.putResource(resourceKey, created);
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        // EclipseLink flushes through its own synchronization
      }

      @Override
      public void afterCompletion(int completionStatus) {
        if (created.isOpen()) {
          created.close();
        }
      }
    });
    return created;
  }

  @Override
  public String tablePrefix() {
    return tablePrefix;
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public Database database() {
    return database;
  }
}
