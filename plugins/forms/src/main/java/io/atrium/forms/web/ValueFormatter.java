package io.atrium.forms.web;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Shows stored values as plain text in lists and on the detail page. */
final class ValueFormatter {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Locale locale;
  private final ZoneId zone;
  private final DirectoryChoices directory;
  private final RegionSource regions;
  private final BlobStore blobs;

  ValueFormatter(Locale locale, ZoneId zone, DirectoryChoices directory, RegionSource regions, BlobStore blobs) {
    this.locale = locale;
    this.zone = zone;
    this.directory = directory;
    this.regions = regions;
    this.blobs = blobs;
  }

  /** An instant in the company's zone, {@code yyyy-MM-dd HH:mm}. */
  String instant(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  /** ISO text of an instant (as audit entries keep it) in the company's zone; other text as it is. */
  private String instantText(String text) {
    try {
      return instant(Instant.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      return text;
    }
  }

  /** The text of a field's value; empty for none. */
  String format(FieldDefinition field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> values && field.type() != io.atrium.forms.schema.FieldType.SUBTABLE) {
      return values.stream().map(v -> one(field, v)).collect(Collectors.joining(", "));
    }
    return one(field, value);
  }

  private String one(FieldDefinition field, Object value) {
    return switch (field.type()) {
      case SELECT, MULTISELECT, RADIO, CHECKBOX -> option(field, value.toString());
      case SWITCH -> PageTexts.text(locale, Boolean.TRUE.equals(value) || "true".equals(value.toString())
          ? "forms.ui.yes" : "forms.ui.no");
      case USER -> directory.personName(value);
      case DEPARTMENT -> directory.departmentName(value);
      case DATETIME -> value instanceof Instant i ? instant(i) : instantText(value.toString());
      case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
      case TIME -> value instanceof LocalTime t ? t.toString() : value.toString();
      case MONEY -> (field.currency() == null ? "CNY" : field.currency()) + " " + number(value);
      case PERCENT -> number(value) + " %";
      case INTEGER, DECIMAL, FORMULA -> number(value);
      case REGION -> region(value.toString());
      case ATTACHMENT, IMAGE, SIGNATURE -> fileName(value.toString());
      case LOOKUP -> "#" + value;
      case SUBTABLE -> value instanceof Collection<?> rows
          ? PageTexts.text(locale, "forms.ui.lines", rows.size()) : value.toString();
      case RICHTEXT -> stripTags(value.toString());
      default -> value instanceof TemporalAccessor ? value.toString() : value.toString();
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

  private static String number(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /** The names of a region's codes, joined by " / ". */
  String region(String codes) {
    return java.util.Arrays.stream(codes.split("/"))
        .map(code -> regions.find(code).map(RegionSource.Region::name).orElse(code))
        .collect(Collectors.joining(" / "));
  }

  /** A file's name, or its id while there is no blob store. */
  String fileName(String blobId) {
    if (blobs == null) {
      return blobId;
    }
    try {
      return blobs.find(blobId).map(StoredBlob::filename).orElse(blobId);
    } catch (RuntimeException e) {
      return blobId;
    }
  }

  /** Rich text as plain text: the pages show its words, never its markup. */
  static String stripTags(String html) {
    return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
  }

  /** The lines of a sub-table as rows of formatted cells, in the order of its fields. */
  List<List<String>> lines(FieldDefinition table, Object value) {
    if (!(value instanceof Collection<?> rows)) {
      return List.of();
    }
    return rows.stream().map(row -> table.fields().stream()
        .map(f -> row instanceof Map<?, ?> cells ? format(f, cells.get(f.name())) : "")
        .toList()).toList();
  }
}
