package io.atrium.workflows.storage;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.sdk.testkit.PostgresSchema;
import io.atrium.workflows.engine.InstanceStore;

/** The store on PostgreSQL (the build's postgresql profile runs it). */
class JdbcInstanceStorePostgresTest extends InstanceStoreContract {

  private PostgresSchema database;

  @Override
  InstanceStore store(PluginTestKit kit) {
    database = new PostgresSchema("workflows", "workflows_");
    return new JdbcInstanceStore(database.persistence(), database.transactions());
  }

  @Override
  void closeDatabase() {
    database.close();
  }
}
