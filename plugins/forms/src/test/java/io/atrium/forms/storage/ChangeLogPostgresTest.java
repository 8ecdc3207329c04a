package io.atrium.forms.storage;

/** The records' change log on PostgreSQL; runs in the build's PostgreSQL pass only. */
class ChangeLogPostgresTest extends ChangeLogContract {

  @Override
  protected StorageHarness newHarness() {
    return new PostgresHarness();
  }
}
