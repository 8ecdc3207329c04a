package io.atrium.forms.storage;

import io.atrium.sdk.record.RecordConflictException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records in the generated tables of a published form. Values are already validated, keyed by
 * field name and in their canonical Java types (see {@link io.atrium.sdk.record.RecordFieldType});
 * multi-valued fields are lists, sub-tables lists of line maps ({@code "id"} holds an existing
 * line's id). Calls join the caller's transaction or run in one of their own.
 *
 * <p>Unique fields are guarded by unique indexes over live records: a duplicate that slipped past
 * validation (two concurrent submits) fails with {@link RecordValidationException} naming the field.
 */
@ProviderType
public interface RecordStore {

  /**
   * Inserts a record with version 1; serial fields without a value get their next number unless the
   * record is a draft.
   *
   * @return the record as stored, including serial numbers and line ids
   * @throws IllegalArgumentException when a value names no field of the layout or has the wrong type
   */
  RecordData insert(FormLayout layout, Map<String, ?> values, NewRecord record);

  /**
   * Inserts several records with the same owner, status and time in one go (imports): one batch
   * per table and one counter increment per serial field.
   *
   * @return the records as stored, in the order given
   */
  List<RecordData> insertAll(FormLayout layout, List<? extends Map<String, ?>> values, NewRecord record);

  /** The record with its values, child values and lines; also a deleted one. */
  Optional<RecordData> get(FormLayout layout, long id);

  /**
   * Changes the fields named in {@code changes} (others keep their value) and bumps the version.
   * A multi-valued field or sub-table named is replaced as a whole; lines with an {@code "id"} keep it.
   *
   * @param expectedVersion the version the caller read; {@code -1} to skip the check
   * @throws RecordNotFoundException when there is no such record
   * @throws RecordConflictException when the record changed since {@code expectedVersion}
   * @throws RecordDeletedException when the record is in the recycle bin
   */
  RecordData update(FormLayout layout, long id, long expectedVersion, Map<String, ?> changes, Stamp stamp);

  /**
   * Sets the status; leaving {@link RecordStatus#DRAFT} hands out the serial numbers still missing.
   *
   * @param expectedVersion the version the caller read; {@code -1} to skip the check
   */
  RecordData setStatus(FormLayout layout, long id, long expectedVersion, RecordStatus status, Stamp stamp);

  /**
   * Sets the owner of a live record (null clears it) and its department to the owner's, without a
   * version check.
   *
   * @param departmentId the new owner's department, or null
   * @throws RecordNotFoundException when there is no such record
   * @throws RecordDeletedException when the record is in the recycle bin
   */
  RecordData setOwner(FormLayout layout, long id, Long ownerId, Long departmentId, Stamp stamp);

  /**
   * Moves a record to the recycle bin.
   *
   * @param expectedVersion the version the caller read; {@code -1} to skip the check
   * @return the record as it is now (deleted)
   */
  RecordData delete(FormLayout layout, long id, long expectedVersion, Stamp stamp);

  /**
   * Takes a record out of the recycle bin.
   *
   * @throws RecordValidationException when a live record took one of its unique values meanwhile
   */
  RecordData restore(FormLayout layout, long id, Stamp stamp);

  /** Sets the same fields of several live records; returns how many changed. Lines get new ids. */
  int updateAll(FormLayout layout, Collection<Long> ids, Map<String, ?> changes, Stamp stamp);

  /** Moves several live records to the recycle bin; returns how many moved. */
  int deleteAll(FormLayout layout, Collection<Long> ids, Stamp stamp);

  /** Takes several records out of the recycle bin; returns how many came back. */
  int restoreAll(FormLayout layout, Collection<Long> ids, Stamp stamp);

  /**
   * Deletes records in the recycle bin for good, with their values and lines; live ones are left alone.
   *
   * @return how many were purged
   * @throws RecordInUseException when lookups of other records point to one of them
   */
  int purge(FormLayout layout, Collection<Long> ids);

  /**
   * Records matching a query, narrowed and counted as the options say.
   *
   * @throws InvalidQueryException when the query names an unknown field or compares one wrongly
   */
  RecordList query(FormLayout layout, RecordQuery query, ListOptions options);
}
