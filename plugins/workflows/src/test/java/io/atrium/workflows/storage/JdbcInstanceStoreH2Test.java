package io.atrium.workflows.storage;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.workflows.engine.InstanceStore;

/** The store on H2, migrated by the test kit as the server does. */
class JdbcInstanceStoreH2Test extends InstanceStoreContract {

  @Override
  InstanceStore store(PluginTestKit kit) {
    return new JdbcInstanceStore(kit.persistence(), kit.transactions());
  }
}
