package io.atrium.kernel.notify;

import java.util.List;

/**
 * A user's notification preferences: the channels, the categories they received so far (after
 * {@code *}), their stored choices, and what is in effect for every channel and category.
 *
 * @param channels the channels there are
 * @param categories {@code *} first, then the categories known for the user
 * @param settings the stored choices
 * @param effective for every channel and category, whether it is on
 */
public record PreferencesView(List<ChannelView> channels, List<CategoryView> categories,
    List<PreferenceSetting> settings, List<PreferenceSetting> effective) {

  /** Whether a channel is on for a category, as in effect. */
  public boolean isEnabled(String channel, String category) {
    return effective.stream().anyMatch(s -> s.channel().equals(channel) && s.category().equals(category)
        && s.enabled());
  }
}
