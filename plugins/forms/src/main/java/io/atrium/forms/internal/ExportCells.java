package io.atrium.forms.internal;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values as export cells, in the forms an import reads back: option labels, login names of people,
 * department names, file names; numbers, dates and times stay typed so a workbook can compute.
 */
final class ExportCells {

  private final Locale locale;
  private final Directory directory;
  private final BlobStore blobs;
  private final Map<Long, String> people = new HashMap<>();
  private Map<Long, String> departments;

  ExportCells(Locale locale, Directory directory, BlobStore blobs) {
    this.locale = locale;
    this.directory = directory;
    this.blobs = blobs;
  }

  /** The cell of a field's value: a String, Number, Boolean, date or time, or null. */
  Object value(FieldDefinition field, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(v -> String.valueOf(one(field, v))).collect(Collectors.joining(", "));
    }
    return one(field, value);
  }

  private Object one(FieldDefinition field, Object value) {
    return switch (field.type()) {
      case SELECT, MULTISELECT, RADIO, CHECKBOX -> option(field, value.toString());
      case SWITCH -> FormsTexts.text(locale, Boolean.TRUE.equals(value) ? "forms.ui.yes" : "forms.ui.no");
      case USER -> person(value);
      case DEPARTMENT -> department(value);
      case ATTACHMENT, IMAGE, SIGNATURE -> blobs.find(value.toString()).map(StoredBlob::filename)
          .orElse(value.toString());
      case RICHTEXT -> value.toString().replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ")
          .strip();
      default -> value;
    };
  }

  private String option(FieldDefinition field, String value) {
    for (FieldOption option : field.options()) {
      if (option.value().equals(value)) {
        return option.label().in(locale);
      }
    }
    return value;
  }

  private String person(Object value) {
    long id = ((Number) value).longValue();
    return people.computeIfAbsent(id, k -> directory.person(k).map(Person::username).orElse(String.valueOf(k)));
  }

  private String department(Object value) {
    if (departments == null) {
      departments = new HashMap<>();
      for (Department department : directory.departments()) {
        departments.put(department.id(), department.name());
      }
    }
    long id = ((Number) value).longValue();
    return departments.getOrDefault(id, String.valueOf(id));
  }
}
