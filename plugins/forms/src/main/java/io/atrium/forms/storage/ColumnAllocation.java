package io.atrium.forms.storage;

import io.atrium.forms.schema.FieldType;
import java.util.Objects;

/**
 * Where one field's values live, by the field's stable id: the table and column generated for it
 * when it first appeared. Renaming the field changes nothing here; removing it only marks it
 * {@code retired}, so its data stays and comes back when the field does.
 *
 * @param parentId id of the sub-table a line field belongs to, or {@code ""} for a top-level field
 * @param fieldId the field's stable id, e.g. {@code f7}
 * @param fieldName the field's name when last published (for plans and messages only)
 * @param fieldType the field's type when last published
 * @param storage a column, a child table of values, or a child table of lines
 * @param number the per-form number the names were made from ({@code c<n>}, {@code _m<n>}, {@code _s<n>})
 * @param table the table holding the column; for {@link StorageKind#VALUES} and {@link StorageKind#LINES}
 *     the child table
 * @param column the column ({@code value} in a values table); null for lines
 * @param type the column's SQL type; null for lines
 * @param indexed whether the column has a (non-unique) index
 * @param uniqueIndexed whether a unique index over live records guards it
 * @param referencedFormId the form a lookup's foreign key points to, else null
 * @param retired whether the field is no longer in the published schema
 */
public record ColumnAllocation(String parentId, String fieldId, String fieldName, FieldType fieldType,
    StorageKind storage, int number, String table, String column, ColumnType type, boolean indexed,
    boolean uniqueIndexed, Long referencedFormId, boolean retired) {

  /** Checks the parts. */
  public ColumnAllocation {
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(fieldId, "fieldId");
    Objects.requireNonNull(fieldName, "fieldName");
    Objects.requireNonNull(fieldType, "fieldType");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(table, "table");
    if ((storage == StorageKind.LINES) != (column == null) || (column == null) != (type == null)) {
      throw new IllegalArgumentException("Only sub-table lines have no column: " + fieldId);
    }
  }

  /** Whether the field is a top-level one (not a line field of a sub-table). */
  public boolean topLevel() {
    return parentId.isEmpty();
  }

  /** This allocation with other index flags. */
  public ColumnAllocation withIndexes(boolean newIndexed, boolean newUnique) {
    return new ColumnAllocation(parentId, fieldId, fieldName, fieldType, storage, number, table, column, type,
        newIndexed, newUnique, referencedFormId, retired);
  }

  /** This allocation with another column type. */
  public ColumnAllocation withType(ColumnType newType) {
    return new ColumnAllocation(parentId, fieldId, fieldName, fieldType, storage, number, table, column, newType,
        indexed, uniqueIndexed, referencedFormId, retired);
  }

  /** This allocation for a field now named and typed so, active or retired. */
  public ColumnAllocation as(String newName, FieldType newFieldType, boolean nowRetired) {
    return new ColumnAllocation(parentId, fieldId, newName, newFieldType, storage, number, table, column, type,
        indexed, uniqueIndexed, referencedFormId, nowRetired);
  }
}
