package io.atrium.forms.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.sdk.time.AtriumClock;
import javax.sql.DataSource;

/** The storage on the test kit's in-memory H2. */
public final class H2Harness extends StorageHarness {

  private final PluginTestKit kit = PluginTestKit.forPlugin("forms").start();

  /** Starts the kit with an English-reading user (as the PostgreSQL harness has). */
  public H2Harness() {
    kit.user().locale(java.util.Locale.ENGLISH);
  }

  /** The test kit underneath. */
  public PluginTestKit kit() {
    return kit;
  }

  @Override
  public PluginPersistence persistence() {
    return kit.persistence();
  }

  @Override
  public Transactions transactions() {
    return kit.transactions();
  }

  @Override
  public AtriumClock clock() {
    return kit.clock();
  }

  @Override
  public CurrentUser user() {
    return kit.user();
  }

  @Override
  public void advanceClock(java.time.Duration amount) {
    kit.clock().advance(amount);
  }

  @Override
  public DataSource raw() {
    return kit.dataSource();
  }

  @Override
  public void close() {
    kit.close();
  }
}
