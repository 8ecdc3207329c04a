package io.atrium.forms.storage;

/** Publishing on H2. */
class PublishH2Test extends PublishContract {

  @Override
  protected StorageHarness newHarness() {
    return new H2Harness();
  }
}
