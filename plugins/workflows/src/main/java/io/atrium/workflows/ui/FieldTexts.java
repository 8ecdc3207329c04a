package io.atrium.workflows.ui;

import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.record.RecordFieldType;
import io.atrium.workflows.WorkflowsTexts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Record values as text for a reader: people and departments by name, times in the company's zone. */
final class FieldTexts {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Directory directory;
  private final ZoneId zone;
  private final Locale locale;

  FieldTexts(Directory directory, ZoneId zone, Locale locale) {
    this.directory = directory;
    this.zone = zone;
    this.locale = locale;
  }

  /** A field's value as text; a list of values is joined with commas; null is empty. */
  String text(RecordField field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> many && field.type() != RecordFieldType.ITEMS) {
      List<String> parts = new ArrayList<>();
      many.forEach(v -> parts.add(one(field.type(), v)));
      return String.join(", ", parts);
    }
    if (field.type() == RecordFieldType.ITEMS) {
      int count = value instanceof Collection<?> c ? c.size() : 0;
      return WorkflowsTexts.text(locale, "workflows.ui.field.lines", count);
    }
    return one(field.type(), value);
  }

  /** The lines of an items field, each as "label: value; ...". */
  List<String> lines(RecordField field, Object value) {
    if (field.type() != RecordFieldType.ITEMS || !(value instanceof Collection<?> lines)) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (Object line : lines) {
      if (!(line instanceof Map<?, ?> cells)) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (RecordField item : field.items()) {
        String cell = text(item, cells.get(item.name()));
        if (!cell.isEmpty()) {
          parts.add(item.label() + ": " + cell);
        }
      }
      texts.add(String.join("; ", parts));
    }
    return texts;
  }

  /** A person's display name, or the id when the directory does not know them. */
  String person(Long userId) {
    if (userId == null) {
      return WorkflowsTexts.text(locale, "workflows.ui.trail.system");
    }
    return directory.person(userId).map(Person::displayName).orElse("#" + userId);
  }

  /** A moment as {@code yyyy-MM-dd HH:mm} in the company's zone. */
  String time(Instant at) {
    return at == null ? "" : DATE_TIME.format(at.atZone(zone));
  }

  private String one(RecordFieldType type, Object value) {
    return switch (type) {
      case BOOLEAN -> WorkflowsTexts.text(locale, Boolean.TRUE.equals(value) ? "workflows.ui.yes" : "workflows.ui.no");
      case DATETIME -> value instanceof Instant at ? time(at) : value.toString();
      case DECIMAL -> value instanceof BigDecimal number ? number.toPlainString() : value.toString();
      case USER -> value instanceof Number id ? person(id.longValue()) : value.toString();
      case DEPARTMENT -> value instanceof Number id
          ? directory.department(id.longValue()).map(Department::name).orElse("#" + id) : value.toString();
      case REFERENCE -> "#" + value;
      case FILE -> WorkflowsTexts.text(locale, "workflows.ui.field.file");
      default -> value.toString();
    };
  }
}
