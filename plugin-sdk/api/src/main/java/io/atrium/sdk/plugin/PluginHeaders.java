package io.atrium.sdk.plugin;

/**
 * Names of the manifest headers that make a bundle an Atrium plugin. The {@code atrium-plugin-parent}
 * POM writes them from the properties {@code atrium.plugin.id}, {@code atrium.plugin.name},
 * {@code atrium.plugin.vendor}, {@code atrium.plugin.description} and {@code atrium.sdk.range}.
 */
public final class PluginHeaders {

  /**
   * Unique plugin id: lower-case letters, digits and single dashes, 2–40 characters, starting with
   * a letter. Required.
   */
  public static final String ID = "Atrium-Plugin-Id";
  /** Display name. Required. */
  public static final String NAME = "Atrium-Plugin-Name";
  /** Vendor. Required. */
  public static final String VENDOR = "Atrium-Plugin-Vendor";
  /** Optional description. */
  public static final String DESCRIPTION = "Atrium-Plugin-Description";
  /** The SDK version range the plugin needs, e.g. {@code [1.0,2)}. Required. */
  public static final String SDK_VERSION = "Atrium-Sdk-Version";
  /** Comma-separated JPA entity classes; written by the build from {@code @Entity} classes. */
  public static final String ENTITIES = "Atrium-Entities";
  /** Folder inside the bundle holding Flyway SQL migrations; defaults to {@value #DEFAULT_MIGRATIONS}. */
  public static final String MIGRATIONS = "Atrium-Migrations";

  /** Default folder of SQL migrations inside a plugin bundle. */
  public static final String DEFAULT_MIGRATIONS = "db/migration";

  private PluginHeaders() {
  }
}
