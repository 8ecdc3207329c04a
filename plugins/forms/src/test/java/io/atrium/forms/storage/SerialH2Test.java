package io.atrium.forms.storage;

/** Serial numbers on H2. */
class SerialH2Test extends SerialContract {

  @Override
  protected StorageHarness newHarness() {
    return new H2Harness();
  }
}
