package io.atrium.kernel.notify.internal;

import io.atrium.kernel.notify.PreferenceSetting;
import java.util.List;

/** How stored choices combine: the category's own choice, else the choice for all ({@code *}), else the channel's default. */
public final class Preferences {

  private Preferences() {
  }

  /** Whether a channel is on for a category. */
  public static boolean enabled(List<PreferenceSetting> settings, String channel, String category,
      boolean channelDefault) {
    Boolean all = null;
    for (PreferenceSetting setting : settings) {
      if (!setting.channel().equals(channel)) {
        continue;
      }
      if (setting.category().equals(category)) {
        return setting.enabled();
      }
      if (setting.category().equals(PreferenceSetting.ALL)) {
        all = setting.enabled();
      }
    }
    return all != null ? all : channelDefault;
  }
}
