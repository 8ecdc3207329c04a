package io.atrium.forms.storage;

/** Records on H2. */
class RecordH2Test extends RecordContract {

  @Override
  protected StorageHarness newHarness() {
    return new H2Harness();
  }
}
