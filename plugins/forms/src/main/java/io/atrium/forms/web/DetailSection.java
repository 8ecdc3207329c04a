package io.atrium.forms.web;

import java.util.List;

/**
 * A section on the detail page.
 *
 * @param title heading in the page's language, or empty
 * @param columns 1 to 3
 * @param fields the fields the caller may read
 */
public record DetailSection(String title, int columns, List<DetailView> fields) {
}
