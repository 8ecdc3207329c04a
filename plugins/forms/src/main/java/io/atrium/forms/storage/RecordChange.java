package io.atrium.forms.storage;

import java.time.Instant;

/**
 * One entry of the records' change log: a record of a form was created, changed, deleted, restored
 * or purged. It says only which record; whoever applies it reads the record as it is now.
 *
 * @param seq the entry's place in the log, increasing with every entry written
 * @param formKey the form's key
 * @param recordId the record's id, or null when the entry stands for all records of the form
 * @param at when the change was made
 */
public record RecordChange(long seq, String formKey, Long recordId, Instant at) {

  /** True when the entry stands for every record of the form (it was published or deleted). */
  public boolean wholeForm() {
    return recordId == null;
  }
}
