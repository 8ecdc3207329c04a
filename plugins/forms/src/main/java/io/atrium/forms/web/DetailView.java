package io.atrium.forms.web;

import java.util.List;

/**
 * One field on the detail page.
 *
 * @param name the field's name
 * @param type the JSON name of its type
 * @param label its label in the page's language
 * @param text its value as text
 * @param span layout columns it spans
 * @param headers the line fields' labels of a sub-table, else empty
 * @param lines the formatted cells of each line of a sub-table, else empty
 * @param files the attached files with their download links, else empty
 * @param html a rich-text field's HTML, sanitised again for showing, else null
 */
public record DetailView(String name, String type, String label, String text, int span, List<String> headers,
    List<List<String>> lines, List<FileLink> files, String html) {
}
