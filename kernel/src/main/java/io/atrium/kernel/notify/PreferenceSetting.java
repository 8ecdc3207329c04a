package io.atrium.kernel.notify;

/**
 * A user's choice for one channel and category.
 *
 * @param channel the channel id
 * @param category the category, or {@code *} for every category without a choice of its own
 * @param enabled whether notifications of the category go out on the channel
 */
public record PreferenceSetting(String channel, String category, boolean enabled) {

  /** The category standing for all categories. */
  public static final String ALL = "*";
}
