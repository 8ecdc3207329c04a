package io.atrium.forms.web;

import java.util.Map;

/**
 * A record as a line of the records list.
 *
 * @param id the record's id
 * @param cells formatted values by column id
 */
public record RecordRow(long id, Map<String, String> cells) {
}
