package io.atrium.forms.storage;

/** Queries on H2. */
class QueryH2Test extends QueryContract {

  @Override
  protected StorageHarness newHarness() {
    return new H2Harness();
  }
}
