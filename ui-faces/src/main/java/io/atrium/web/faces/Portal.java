package io.atrium.web.faces;

import io.atrium.kernel.ui.UiRegistry;
import jakarta.enterprise.inject.spi.CDI;

/** Reaches the kernel's UI registry from Faces artefacts, which the container creates outside CDI. */
final class Portal {

  private Portal() {
  }

  /** The registry, or null while the kernel is not ready. */
  static UiRegistry ui() {
    try {
      return CDI.current().select(UiRegistry.class).get();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
