package io.atrium.forms.storage;

/** Dataset queries on PostgreSQL; runs in the build's PostgreSQL pass only. */
class DatasetPostgresTest extends DatasetContract {

  @Override
  protected StorageHarness newHarness() {
    return new PostgresHarness();
  }
}
