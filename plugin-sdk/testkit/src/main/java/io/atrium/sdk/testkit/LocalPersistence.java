package io.atrium.sdk.testkit;

import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;

/** {@link PluginPersistence} of the test kit: the entity manager of the current local transaction. */
final class LocalPersistence implements PluginPersistence {

  private final LocalTransactions transactions;
  private final String tablePrefix;

  LocalPersistence(LocalTransactions transactions, String tablePrefix) {
    this.transactions = transactions;
    this.tablePrefix = tablePrefix;
  }

  @Override
  public EntityManager entityManager() {
    return transactions.entityManager();
  }

  @Override
  public String tablePrefix() {
    return tablePrefix;
  }

  @Override
  public DataSource dataSource() {
    return transactions.dataSource();
  }

  @Override
  public Database database() {
    return Database.H2;
  }
}
