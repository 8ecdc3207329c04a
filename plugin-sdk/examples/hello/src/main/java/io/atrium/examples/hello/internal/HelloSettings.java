package io.atrium.examples.hello.internal;

import io.atrium.sdk.config.ConfigProperty;
import io.atrium.sdk.config.ConfigSchema;
import io.atrium.sdk.config.ConfigType;
import java.time.Duration;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The settings of the hello plugin: {@code atrium.plugin.hello.reply-delay}. */
@Component
public class HelloSettings implements ConfigSchema {

  /** How long the plugin waits before it answers a greeting. */
  static final String REPLY_DELAY = "reply-delay";
  /** Default reply delay. */
  static final Duration DEFAULT_REPLY_DELAY = Duration.ofHours(1);

  @Override
  public List<ConfigProperty> properties() {
    return List.of(ConfigProperty.builder(REPLY_DELAY, ConfigType.DURATION)
        .defaultValue("1h")
        .label("hello.setting.reply-delay")
        .build());
  }
}
