package io.atrium.forms;

import io.atrium.forms.schema.FormSchema;
import java.time.Instant;

/**
 * A form as being designed.
 *
 * @param schema the draft schema, field ids assigned
 * @param schemaJson the same as JSON text
 * @param publishedVersion the current published version, 0 while never published
 * @param savedAt when the draft was last saved
 */
public record FormDraft(FormSchema schema, String schemaJson, int publishedVersion, Instant savedAt) {
}
