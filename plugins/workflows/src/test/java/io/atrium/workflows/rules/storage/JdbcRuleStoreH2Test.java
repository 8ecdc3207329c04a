package io.atrium.workflows.rules.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.testkit.PluginTestKit;

/** The rules' store on H2, migrated by the test kit as the server does. */
class JdbcRuleStoreH2Test extends RuleStoreContract {

  private final PluginTestKit kit = PluginTestKit.forPlugin("workflows").start();

  @Override
  protected PluginPersistence persistence() {
    return kit.persistence();
  }

  @Override
  protected Transactions transactions() {
    return kit.transactions();
  }

  @Override
  protected void closeDatabase() {
    kit.close();
  }
}
