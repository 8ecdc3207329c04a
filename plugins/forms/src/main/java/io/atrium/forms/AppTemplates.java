package io.atrium.forms;

import java.util.List;
import java.util.Locale;

/**
 * One-click app templates: each is a form schema with optional sample records. Installing one
 * needs {@link FormPermissions#DESIGN}; it creates the form, publishes it and, when asked, adds
 * the samples as submitted records of the installing user.
 */
public interface AppTemplates {

  /** The templates, in the order the forms list offers them. */
  List<AppTemplate> list(Locale locale);

  /**
   * Installs a template.
   *
   * @param id the template's id
   * @param key the key of the new form, or null for the template's own
   * @param sampleData whether to add the template's sample records
   * @return the published form
   * @throws FormNotFoundException when there is no template with that id
   * @throws FormExistsException when a form with that key exists
   * @throws io.atrium.forms.schema.json.InvalidSchemaException when the key is not a valid form key
   */
  InstalledTemplate install(String id, String key, boolean sampleData);

  /**
   * What an install made.
   *
   * @param form the published form
   * @param samples how many sample records were added
   */
  record InstalledTemplate(PublishedForm form, int samples) {
  }
}
