package io.atrium.forms;

import java.time.Instant;

/**
 * A form in lists.
 *
 * @param key the form's key
 * @param name its name in the caller's language
 * @param publishedVersion its current version, 0 while never published
 * @param hasDraft whether there are unpublished changes
 * @param updatedAt when its draft or version last changed
 */
public record FormSummary(String key, String name, int publishedVersion, boolean hasDraft, Instant updatedAt) {
}
