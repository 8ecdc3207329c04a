package io.atrium.forms.storage;

/** Records on PostgreSQL; runs in the build's PostgreSQL pass only. */
class RecordPostgresTest extends RecordContract {

  @Override
  protected StorageHarness newHarness() {
    return new PostgresHarness();
  }
}
