package io.atrium.sdk.config;

/** The type of a setting's value. */
public enum ConfigType {
  /** Free text. */
  STRING,
  /** A whole number. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A duration such as {@code 30s} or {@code PT30S}. */
  DURATION,
  /**
   * A password or key: never shown back or logged. Keep its value in an environment variable or in
   * {@code conf/atrium.properties} readable by the server's user only.
   */
  SECRET
}
