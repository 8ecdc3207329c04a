package io.atrium.workflows.engine;

/**
 * Writes a record's field for an automation node, in the caller's transaction; the runtime
 * implements it on the record's source, so the change is validated and stored with the step.
 */
@FunctionalInterface
public interface RecordUpdates {

  /**
   * Sets one field.
   *
   * @throws RuntimeException when the record refuses the value; the step then fails
   */
  void setField(String recordRef, String field, Object value);
}
