package io.atrium.forms.storage;

/** Serial numbers on PostgreSQL; runs in the build's PostgreSQL pass only. */
class SerialPostgresTest extends SerialContract {

  @Override
  protected StorageHarness newHarness() {
    return new PostgresHarness();
  }
}
