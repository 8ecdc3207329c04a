package io.atrium.forms;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormSchema;
import java.util.List;

/**
 * A form as its public intake page shows it to one visitor.
 *
 * @param slug the last segment of the public address
 * @param schema the published schema, for names and section titles
 * @param fields the fields the page shows and accepts, in form order
 * @param thankYou what visitors read after submitting, or null for the standard text
 * @param token the signed render-time token the submit must carry back
 */
public record PublicForm(String slug, FormSchema schema, List<FieldDefinition> fields, String thankYou,
    String token) {

  /** Copies the list. */
  public PublicForm {
    fields = List.copyOf(fields);
  }

  /** Whether the page shows and accepts the field. */
  public boolean shows(String fieldName) {
    return fields.stream().anyMatch(f -> f.name().equals(fieldName));
  }
}
