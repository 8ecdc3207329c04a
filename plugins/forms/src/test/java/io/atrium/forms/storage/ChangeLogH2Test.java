package io.atrium.forms.storage;

/** The records' change log on H2. */
class ChangeLogH2Test extends ChangeLogContract {

  @Override
  protected StorageHarness newHarness() {
    return new H2Harness();
  }
}
