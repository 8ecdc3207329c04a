package io.atrium.forms.storage;

/** Queries on PostgreSQL; runs in the build's PostgreSQL pass only. */
class QueryPostgresTest extends QueryContract {

  @Override
  protected StorageHarness newHarness() {
    return new PostgresHarness();
  }
}
