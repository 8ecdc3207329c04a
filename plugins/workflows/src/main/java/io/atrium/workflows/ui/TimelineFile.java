package io.atrium.workflows.ui;

/**
 * A file that went with an action's comment, as the timeline links it.
 *
 * @param name the file's name
 * @param url its download, below the context path
 */
public record TimelineFile(String name, String url) {
}
