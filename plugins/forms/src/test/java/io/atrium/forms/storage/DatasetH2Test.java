package io.atrium.forms.storage;

/** Dataset queries on H2. */
class DatasetH2Test extends DatasetContract {

  @Override
  protected StorageHarness newHarness() {
    return new H2Harness();
  }
}
