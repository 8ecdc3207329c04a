package io.atrium.forms.imports;

import java.util.Optional;

/** What an import does when some rows fail their check. */
public enum ImportMode {
  /** Nothing is stored unless every row passes. */
  ALL_OR_NOTHING("all-or-nothing"),
  /** The rows that pass are stored; the others are reported and skipped. */
  VALID_ROWS("valid-rows");

  private final String code;

  ImportMode(String code) {
    this.code = code;
  }

  /** The name in REST calls, e.g. {@code valid-rows}. */
  public String code() {
    return code;
  }

  /** The mode with that code (or constant name), or empty. */
  public static Optional<ImportMode> of(String code) {
    for (ImportMode mode : values()) {
      if (mode.code.equalsIgnoreCase(code) || mode.name().equalsIgnoreCase(code)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
