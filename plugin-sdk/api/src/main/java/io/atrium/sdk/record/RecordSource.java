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
}
