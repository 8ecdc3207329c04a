package io.atrium.kernel.portal;

/**
 * A task source that could not answer.
 *
 * @param source its key
 * @param label its translated name
 * @param message what the user reads, translated
 */
public record SourceError(String source, String label, String message) {
}
