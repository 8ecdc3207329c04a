package io.atrium.kernel;

/** What {@link StateBeforeRestartTests} left behind for {@link StateAfterRestartIT} to find. */
final class RestartScenario {

  /** The greeting stored before the restart. */
  static volatile String greeting;

  private RestartScenario() {
  }
}
