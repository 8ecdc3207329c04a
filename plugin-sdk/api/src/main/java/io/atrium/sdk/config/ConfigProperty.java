package io.atrium.sdk.config;

import java.util.Objects;
import java.util.Optional;

/** One setting of a plugin. Labels and descriptions are keys into the plugin's message bundle. */
public final class ConfigProperty {

  private final String key;
  private final ConfigType type;
  private final String defaultValue;
  private final boolean required;
  private final String labelKey;
  private final String descriptionKey;

  private ConfigProperty(Builder builder) {
    this.key = builder.key;
    this.type = builder.type;
    this.defaultValue = builder.defaultValue;
    this.required = builder.required;
    this.labelKey = builder.labelKey;
    this.descriptionKey = builder.descriptionKey;
  }

  /** Starts describing the setting {@code key} of the given type. */
  public static Builder builder(String key, ConfigType type) {
    return new Builder(key, type);
  }

  /** Key within the plugin's namespace, e.g. {@code greeting}. */
  public String key() {
    return key;
  }

  /** Value type. */
  public ConfigType type() {
    return type;
  }

  /** Default value. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** Whether the plugin cannot work without it. */
  public boolean required() {
    return required;
  }

  /** Message key of the label. */
  public String labelKey() {
    return labelKey;
  }

  /** Message key of the help text, if any. */
  public Optional<String> descriptionKey() {
    return Optional.ofNullable(descriptionKey);
  }

  /** Builds a {@link ConfigProperty}. */
  public static final class Builder {
    private final String key;
    private final ConfigType type;
    private String defaultValue;
    private boolean required;
    private String labelKey;
    private String descriptionKey;

    private Builder(String key, ConfigType type) {
      if (key == null || !key.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
        throw new IllegalArgumentException("Setting keys are lower-case words separated by dots: " + key);
      }
      this.key = key;
      this.type = Objects.requireNonNull(type, "type");
      this.labelKey = key;
    }

    /** The value used when none is configured. */
    public Builder defaultValue(String value) {
      this.defaultValue = value;
      return this;
    }

    /** Marks the setting as required. */
    public Builder required() {
      this.required = true;
      return this;
    }

    /** Message key of the label. */
    public Builder label(String messageKey) {
      this.labelKey = Objects.requireNonNull(messageKey);
      return this;
    }

    /** Message key of the help text. */
    public Builder description(String messageKey) {
      this.descriptionKey = messageKey;
      return this;
    }

    /** Builds the property. */
    public ConfigProperty build() {
      return new ConfigProperty(this);
    }
  }
}
