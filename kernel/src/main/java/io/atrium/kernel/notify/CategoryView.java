package io.atrium.kernel.notify;

/**
 * A category of notifications a user can choose channels for.
 *
 * @param id the category, or {@code *} for all
 * @param label the translated name
 */
public record CategoryView(String id, String label) {
}
