package io.atrium.forms.storage;

/** Publishing on PostgreSQL; runs in the build's PostgreSQL pass only. */
class PublishPostgresTest extends PublishContract {

  @Override
  protected StorageHarness newHarness() {
    return new PostgresHarness();
  }
}
