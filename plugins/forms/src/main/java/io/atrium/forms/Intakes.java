package io.atrium.forms;

import java.util.Map;
import java.util.Optional;

/**
 * Public intake: designers open a form to anonymous visitors at a random address; visitors fill
 * in the fields it shows publicly and their submissions become submitted records. The settings
 * methods need {@link FormPermissions#DESIGN}; the public ones need nobody and check the page's
 * signed token and honeypot instead.
 */
public interface Intakes {

  /** The intake settings of a form, if it ever had any. */
  Optional<IntakeSettings> settings(String formKey);

  /**
   * Changes the intake settings of a form, creating them (with a new random slug) the first time.
   *
   * @throws FormNotFoundException when there is no such form
   * @throws io.atrium.sdk.record.RecordValidationException when enabling a form whose required fields
   *     cannot all be filled on a public page, or naming an unknown field
   */
  IntakeSettings save(String formKey, IntakeChange change);

  /** The public form at a slug with a fresh token, when its intake is enabled and the form published. */
  Optional<PublicForm> open(String slug, java.util.Locale locale);

  /**
   * Takes a visitor's submission: checks the token, ignores a filled honeypot (answers as if
   * stored), validates the public fields and creates a submitted record.
   *
   * @param values the visitor's values by field name, as typed
   * @param honeypot the value of the field hidden from people, or null
   * @param clientAddress where the submission came from, for the audit log
   * @return the id of the new record, or empty when the honeypot was filled and nothing was stored
   * @throws IntakeRefusedException when the token is missing, forged, too fresh or too old
   * @throws io.atrium.sdk.record.RecordValidationException naming each refused field
   * @throws FormNotFoundException when no enabled intake has the slug
   */
  Optional<Long> submit(String slug, Map<String, ?> values, String token, String honeypot, String clientAddress,
      java.util.Locale locale);
}
