package io.atrium.forms.storage;

import io.atrium.forms.schema.FormSchema;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes forms: creates the record table on the first publish and migrates it on later ones.
 * Show the designer {@link #plan} first, then {@link #publish}.
 */
@ProviderType
public interface FormPublisher {

  /**
   * What publishing the schema would do, without doing it. Every field needs its stable id.
   *
   * @throws FormNotFoundException when there is no such form
   */
  MigrationPlan plan(long formId, FormSchema schema);

  /**
   * Publishes the schema as the next version: computes the plan again, refuses before any DDL if a
   * change is refused, runs the steps, and records the version and the new allocation.
   *
   * @param expectedVersion the published version the caller's plan started from; {@code -1} to skip the check
   * @param schemaJson the schema as JSON text, stored with the version
   * @param changeSummary what changed as JSON text, or null for {@link MigrationPlan#changeSummaryJson()}
   * @throws MigrationRefusedException when a change is refused; nothing was changed
   * @throws FormChangedException when someone else published since {@code expectedVersion}
   * @throws PublishFailedException when a statement failed; publishing again completes it
   */
  PublishResult publish(long formId, FormSchema schema, String schemaJson, String changeSummary,
      int expectedVersion, Long userId);
}
