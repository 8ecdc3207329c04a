package io.atrium.sdk.record;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The records of one kind (for example the records of one published form). Register one service
 * per kind with {@value #KEY_PROPERTY} set to {@link #key()}. Calls join the caller's transaction.
 */
@ConsumerType
public interface RecordSource {

  /** Service property holding the source's key. */
  String KEY_PROPERTY = "atrium.record.source";

  /** Key, unique on the server, e.g. {@code forms.expense-claim}. */
  String key();

  /** The fields its records have now. */
  RecordSchema schema();

  /** One record, also a deleted one (see {@link RecordData#deleted()}); empty when it never existed. */
  Optional<RecordData> get(long id);

  /** Records matching the query, deleted ones left out. */
  RecordPage query(RecordQuery query);

  /**
   * Changes some fields of a record, validating them as an edit by a user would.
   *
   * @param expectedVersion the version the caller read; {@code -1} to skip the check
   * @param changes field name to new value; fields not named keep their value
   * @return the record as stored
   * @throws RecordNotFoundException when there is no such record
   * @throws RecordConflictException when the record changed since {@code expectedVersion}
   * @throws RecordValidationException when a value is refused
   */
  RecordData update(long id, long expectedVersion, Map<String, ?> changes);

  /**
   * Sets the record's status, e.g. when an approval starts or ends.
   *
   * @throws RecordNotFoundException when there is no such record
   */
  RecordData setStatus(long id, RecordStatus status);

  /**
   * Makes someone the record's owner (the person row scope "own" checks against), or clears the
   * owner with null, e.g. when automation assigns a lead or returns it to the public pool. Publishes
   * {@link RecordEvents#UPDATED} with {@code ownerId} among the changed names.
   *
   * @throws RecordNotFoundException when there is no such record
   * @throws UnsupportedOperationException when the source keeps no owner
   * @since 1.2
   */
  default RecordData setOwner(long id, Long ownerId) {
    throw new UnsupportedOperationException("The record source " + key() + " does not change owners");
  }

  /**
   * Creates a submitted record for the platform (no signed-in user needed), validating the values
   * as a new record's; publishes {@link RecordEvents#CREATED}.
   *
   * @param ownerId its owner, or null
   * @throws RecordValidationException when a value is refused
   * @throws UnsupportedOperationException when the source does not create records
   * @since 1.2
   */
  default RecordData create(Map<String, ?> values, Long ownerId) {
    throw new UnsupportedOperationException("The record source " + key() + " does not create records");
  }
}
