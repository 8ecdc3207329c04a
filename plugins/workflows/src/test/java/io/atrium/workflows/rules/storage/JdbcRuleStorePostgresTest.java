package io.atrium.workflows.rules.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.testkit.PostgresSchema;

/** The rules' store on PostgreSQL (the build's postgresql profile runs it). */
class JdbcRuleStorePostgresTest extends RuleStoreContract {

  private PostgresSchema database;

  @Override
  protected PluginPersistence persistence() {
    if (database == null) {
      database = new PostgresSchema("workflows", "workflows_");
    }
    return database.persistence();
  }

  @Override
  protected Transactions transactions() {
    if (database == null) {
      database = new PostgresSchema("workflows", "workflows_");
    }
    return database.transactions();
  }

  @Override
  protected void closeDatabase() {
    database.close();
  }
}
