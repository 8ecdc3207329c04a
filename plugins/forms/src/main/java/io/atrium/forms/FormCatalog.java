package io.atrium.forms;

import java.util.List;
import java.util.Optional;

/**
 * Designing forms: drafts, publishing (which creates or migrates the form's table) and versions.
 * Every method checks the caller's permissions ({@link FormPermissions}). Schemas travel as the
 * JSON text of {@code POST /api/v1/forms}.
 */
public interface FormCatalog {

  /** The forms the caller may design or use, by name. */
  List<FormSummary> forms();

  /**
   * Creates a form from a schema; it stays a draft until published.
   *
   * @throws io.atrium.forms.schema.json.InvalidSchemaException when the schema has problems (all of them, with JSON paths)
   * @throws FormExistsException when a form with that key exists
   */
  FormDraft create(String schemaJson);

  /**
   * Saves the draft of a form; the published version stays as it is.
   *
   * @throws io.atrium.forms.schema.json.InvalidSchemaException when the schema has problems
   * @throws FormNotFoundException when there is no such form
   */
  FormDraft saveDraft(String key, String schemaJson);

  /** The draft of a form, or its published schema when it has no newer draft. */
  Optional<FormDraft> draft(String key);

  /** What publishing the draft would do: the changes and the table migration, or why it is refused. */
  PublishPreview preview(String key);

  /**
   * Publishes the draft: migrates the table and makes it the form's current version.
   *
   * @throws PublishRefusedException when a change cannot be migrated (the message says why and what to do)
   */
  PublishedForm publish(String key);

  /** The current published version of a form. */
  Optional<PublishedForm> published(String key);

  /** The published versions of a form, newest first, with what changed in each. */
  List<FormVersion> versions(String key);
}
