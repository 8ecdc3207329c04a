package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.rules.storage.RuleStoreContract;

/**
 * The rules' store on PostgreSQL (the build's postgresql profile runs it); here beside
 * {@link PostgresDatabase}, which is package-private.
 */
class JdbcRuleStorePostgresTest extends RuleStoreContract {

  private PostgresDatabase database;

  @Override
  protected PluginPersistence persistence() {
    if (database == null) {
      database = new PostgresDatabase();
    }
    return database.persistence();
  }

  @Override
  protected Transactions transactions() {
    if (database == null) {
      database = new PostgresDatabase();
    }
    return database.transactions();
  }

  @Override
  protected void closeDatabase() {
    database.close();
  }
}
