package io.atrium.sdk.security;

import java.util.Objects;

/** A permission a plugin declares, with the message key of its label. */
public final class PermissionDefinition {

  private final String name;
  private final String labelKey;

  private PermissionDefinition(String name, String labelKey) {
    this.name = name;
    this.labelKey = labelKey;
  }

  /**
   * Declares a permission.
   *
   * @param name {@code <pluginId>:<object>:<action>}
   * @param labelKey key in the plugin's message bundle
   */
  public static PermissionDefinition of(String name, String labelKey) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9-]*(:[a-z*][a-z0-9-]*){1,3}")) {
      throw new IllegalArgumentException("A permission reads <pluginId>:<object>:<action>, not " + name);
    }
    return new PermissionDefinition(name, Objects.requireNonNull(labelKey, "labelKey"));
  }

  /** The permission string. */
  public String name() {
    return name;
  }

  /** Message key of the label. */
  public String labelKey() {
    return labelKey;
  }
}
