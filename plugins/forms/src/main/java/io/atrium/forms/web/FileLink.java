package io.atrium.forms.web;

/**
 * A file of a record on the record page.
 *
 * @param name the file's name
 * @param url where the browser downloads it (the page-side download, checked like the REST one)
 * @param thumbnail where an image shows inline as a thumbnail, or null for other files
 */
public record FileLink(String name, String url, String thumbnail) {
}
