package io.atrium.forms;

import io.atrium.forms.schema.FormSchema;
import java.time.Instant;

/**
 * A published version of a form: the schema records are filled and validated with.
 *
 * @param schema the schema of this version
 * @param version its number, from 1
 * @param publishedAt when it was published
 */
public record PublishedForm(FormSchema schema, int version, Instant publishedAt) {
}
