package io.atrium.kernel.notify;

/**
 * A channel as users and administrators see it.
 *
 * @param id the channel id, e.g. {@code email}
 * @param provider the plugin providing it, or {@code atrium} for the built-in ones
 * @param label the translated name
 * @param enabledByDefault whether users get it until they turn it off
 * @param available whether it can deliver right now
 * @param note why it cannot, translated; null when available
 */
public record ChannelView(String id, String provider, String label, boolean enabledByDefault, boolean available,
    String note) {
}
