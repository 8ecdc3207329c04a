package io.atrium.kernel.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FelixPluginRuntimeTest {

  private static final String PLAIN = "Unable to resolve x [5](R 5.0): missing requirement [x [5](R 5.0)] "
      + "osgi.wiring.package; (osgi.wiring.package=com.example.missing) Unresolved requirements: "
      + "[[x [5](R 5.0)] osgi.wiring.package; (osgi.wiring.package=com.example.missing)]";

  private static final String VERSIONED = "Unable to resolve x [5](R 5.0): missing requirement [x [5](R 5.0)] "
      + "osgi.wiring.package; (&(osgi.wiring.package=jakarta.persistence)(version>=4.0.0)(!(version>=5.0.0))) "
      + "Unresolved requirements: [[x [5](R 5.0)] osgi.wiring.package; "
      + "(&(osgi.wiring.package=jakarta.persistence)(version>=4.0.0)(!(version>=5.0.0)))]";

  @Test
  void namesTheMissingPackage() {
    String message = FelixPluginRuntime.explainResolution("x", PLAIN);

    assertThat(message).startsWith("Plugin 'x' cannot start: it imports package com.example.missing,")
        .contains("which neither the platform nor any installed plugin exports");
  }

  @Test
  void namesTheMissingPackageAndItsVersions() {
    String message = FelixPluginRuntime.explainResolution("x", VERSIONED);

    assertThat(message).startsWith("Plugin 'x' cannot start: it imports package jakarta.persistence "
        + "(version 4.0.0 up to but not including 5.0.0)")
        .contains("which neither the platform nor any installed plugin exports")
        .endsWith("[" + VERSIONED + "]");
  }

  @Test
  void namesOtherMissingRequirements() {
    String detail = "Unable to resolve x [5](R 5.0): missing requirement [x [5](R 5.0)] osgi.extender; "
        + "(&(osgi.extender=osgi.component)(version>=1.5.0))";

    String message = FelixPluginRuntime.explainResolution("x", detail);

    assertThat(message).startsWith("Plugin 'x' cannot start: its requirement osgi.extender")
        .contains("osgi.component");
  }

  @Test
  void passesAnUnknownMessageThrough() {
    assertThat(FelixPluginRuntime.explainResolution("x", "something odd"))
        .isEqualTo("Plugin 'x' cannot be resolved: something odd");
  }
}
