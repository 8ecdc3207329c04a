package io.atrium.forms.web;

import java.util.List;

/**
 * A section of a form as a page lays it out.
 *
 * @param title heading in the page's language, or empty
 * @param columns 1 to 3
 * @param inputs the inputs of the fields the caller may see
 */
public record SectionView(String title, int columns, List<FieldInput> inputs) {
}
