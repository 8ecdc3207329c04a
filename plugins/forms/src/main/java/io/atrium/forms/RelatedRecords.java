package io.atrium.forms;

import java.util.List;

/**
 * Records of other forms whose lookup fields point at a record, grouped by form and field; only
 * forms the caller may view, only records in their row scope.
 */
public interface RelatedRecords {

  /** Each group lists at most this many records (and how many there are in all). */
  int PER_GROUP = 20;

  /**
   * The groups, in the order of the forms and their fields.
   *
   * @throws io.atrium.sdk.record.RecordNotFoundException when the caller may not view the record or there is none
   */
  List<Group> of(String formKey, long id);

  /**
   * The records of one form that point at the record through one lookup field.
   *
   * @param formKey the other form
   * @param formName its name in the caller's language
   * @param field the lookup field's name
   * @param fieldLabel its label in the caller's language
   * @param total how many records point at the record (as far as the list counts)
   * @param records the first of them
   */
  record Group(String formKey, String formName, String field, String fieldLabel, long total, List<Entry> records) {
  }

  /**
   * One pointing record.
   *
   * @param id its id
   * @param title its serial number, or {@code #id}
   */
  record Entry(long id, String title) {
  }
}
