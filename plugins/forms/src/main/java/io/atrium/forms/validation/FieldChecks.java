package io.atrium.forms.validation;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.json.SchemaChecker;
import io.atrium.forms.values.FieldPath;
import io.atrium.forms.values.FieldProblems;
import io.atrium.forms.values.ValueConverter;
import io.atrium.sdk.blob.StoredBlob;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** The checks of one value against its field: the value given is canonical; the cleaned one is returned. */
final class FieldChecks {

  private final ValueConverter converter;
  private final BlobLookup blobs;
  private final FieldProblems problems;

  FieldChecks(ValueConverter converter, BlobLookup blobs, FieldProblems problems) {
    this.converter = converter;
    this.blobs = blobs;
    this.problems = problems;
  }

  /** Whether a value counts as empty: null, blank text or an empty list. */
  static boolean empty(Object value) {
    return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
  }

  /** The empty value of a field: an empty list for lists and lines, else null. */
  static Object emptyValue(FieldDefinition field) {
    return field.multiValued() || field.type() == FieldType.SUBTABLE ? List.of() : null;
  }

  /**
   * Checks a value that is not computed; required-ness is decided by the caller.
   *
   * @return the cleaned value
   */
  Object check(FieldDefinition field, Object value, FieldPath at, boolean required) {
    Object cleaned = value;
    if (field.type() == FieldType.RICHTEXT && value instanceof String html) {
      String safe = RichTextSanitizer.sanitize(html);
      cleaned = safe.isBlank() ? null : safe;
    }
    if (required && missing(field, cleaned)) {
      problems.add(at, field.type() == FieldType.SWITCH ? "forms.validation.mustBeOn"
          : field.type() == FieldType.SUBTABLE ? "forms.validation.requiredLines" : "forms.validation.required");
      return cleaned;
    }
    if (empty(cleaned)) {
      return cleaned;
    }
    return switch (field.type()) {
      case TEXT, TEXTAREA, RICHTEXT, SERIAL -> text(field, (String) cleaned, at);
      case EMAIL -> formatted(field, (String) cleaned, at, Formats.email((String) cleaned), "forms.validation.badEmail");
      case PHONE -> phone(field, (String) cleaned, at);
      case URL -> formatted(field, (String) cleaned, at, Formats.url((String) cleaned), "forms.validation.badUrl");
      case REGION -> formatted(field, (String) cleaned, at, Formats.region((String) cleaned, field.regionDepth()),
          "forms.validation.badRegion");
      case SELECT, RADIO -> option(field, (String) cleaned, at);
      case MULTISELECT, CHECKBOX -> options(field, cleaned, at);
      case INTEGER, DECIMAL, MONEY, PERCENT -> number(field, cleaned, at);
      case ATTACHMENT, IMAGE -> files(field, cleaned, at);
      case SIGNATURE -> signature(field, (String) cleaned, at);
      default -> cleaned;
    };
  }

  private static boolean missing(FieldDefinition field, Object value) {
    if (field.type() == FieldType.SWITCH) {
      return !Boolean.TRUE.equals(value);
    }
    return empty(value);
  }

  private String text(FieldDefinition field, String text, FieldPath at) {
    boolean multiLine = field.type() == FieldType.TEXTAREA || field.type() == FieldType.RICHTEXT;
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && !(multiLine && c == '\n') || c == 0x7f)) {
      problems.add(at, "forms.validation.controlCharacters");
      return text;
    }
    length(field, text, at);
    if (field.pattern() != null) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).matches()) {
          if (field.patternMessage() != null) {
            problems.add(at, "forms.validation.patternCustom", field.patternMessage().in(problems.locale()));
          } else {
            problems.add(at, "forms.validation.pattern");
          }
        }
      } catch (PatternSyntaxException e) {
        // the schema checker refuses such patterns; a schema built around it gets no check
      }
    }
    return text;
  }

  private void length(FieldDefinition field, String text, FieldPath at) {
    int length = text.codePointCount(0, text.length());
    Integer max = field.effectiveMaxLength();
    if (max != null && length > max) {
      problems.add(at, "forms.validation.tooLong", String.valueOf(max), String.valueOf(length));
    } else if (field.minLength() != null && length < field.minLength()) {
      problems.add(at, "forms.validation.tooShort", String.valueOf(field.minLength()), String.valueOf(length));
    }
  }

  private String formatted(FieldDefinition field, String text, FieldPath at, Optional<String> canonical, String key) {
    if (canonical.isEmpty()) {
      problems.add(at, key, FieldProblems.quote(text));
      return text;
    }
    length(field, canonical.get(), at);
    return canonical.get();
  }

  private String phone(FieldDefinition field, String text, FieldPath at) {
    boolean mobile = FieldDefinition.PHONE_MOBILE_CN.equals(field.effectivePhoneKind());
    return formatted(field, text, at, mobile ? Formats.mobileCn(text) : Formats.international(text),
        mobile ? "forms.validation.badMobile" : "forms.validation.badPhone");
  }

  private String option(FieldDefinition field, String value, FieldPath at) {
    if (converter.optionsKnown(field) && converter.options(field).stream().noneMatch(o -> o.value().equals(value))) {
      problems.add(at, "forms.validation.notOption", FieldProblems.quote(value), optionList(field));
    } else if (value.length() > FieldOption.MAX_VALUE_LENGTH) {
      problems.add(at, "forms.validation.tooLong", String.valueOf(FieldOption.MAX_VALUE_LENGTH),
          String.valueOf(value.length()));
    }
    return value;
  }

  private Object options(FieldDefinition field, Object value, FieldPath at) {
    for (Object item : (Collection<?>) value) {
      option(field, String.valueOf(item), at);
    }
    return value;
  }

  private String optionList(FieldDefinition field) {
    return converter.options(field).stream()
        .map(o -> {
          String label = o.label().in(problems.locale());
          return label.equals(o.value()) ? o.value() : label + " (" + o.value() + ")";
        })
        .collect(Collectors.joining(", "));
  }

  private Object number(FieldDefinition field, Object value, FieldPath at) {
    BigDecimal number = value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
    int scale = field.effectiveScale();
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() > scale) {
      problems.add(at, scale == 0 ? "forms.validation.notWhole" : "forms.validation.tooManyDecimals",
          String.valueOf(scale));
      return value;
    }
    int wholeDigits = Math.max(0, stripped.precision() - stripped.scale());
    int allowed = field.type() == FieldType.INTEGER ? FieldDefinition.INTEGER_DIGITS : FieldDefinition.PRECISION - scale;
    if (wholeDigits > allowed) {
      problems.add(at, "forms.validation.tooManyDigits", String.valueOf(allowed));
      return value;
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      problems.add(at, "forms.validation.belowMin", field.min().toPlainString());
    } else if (field.max() != null && number.compareTo(field.max()) > 0) {
      problems.add(at, "forms.validation.aboveMax", field.max().toPlainString());
    }
    return value;
  }

  private Object files(FieldDefinition field, Object value, FieldPath at) {
    List<?> ids = new ArrayList<>((Collection<?>) value);
    int max = field.maxFiles() == null ? SchemaChecker.MAX_FILES : field.maxFiles();
    if (ids.size() > max) {
      problems.add(at, "forms.validation.tooManyFiles", String.valueOf(max), String.valueOf(ids.size()));
    }
    Set<String> accepted = field.mediaTypes().isEmpty() && field.type() == FieldType.IMAGE ? Set.of("image/*")
        : field.mediaTypes();
    for (Object id : ids) {
      blob(field, String.valueOf(id), at, accepted);
    }
    return value;
  }

  private String signature(FieldDefinition field, String id, FieldPath at) {
    blob(field, id, at, Set.of("image/*"));
    return id;
  }

  private void blob(FieldDefinition field, String id, FieldPath at, Set<String> accepted) {
    if (!Formats.blobId(id)) {
      problems.add(at, "forms.validation.badBlob", FieldProblems.quote(id));
      return;
    }
    if (blobs == BlobLookup.NONE) {
      return;
    }
    Optional<StoredBlob> blob = blobs.find(id);
    if (blob.isEmpty()) {
      problems.add(at, "forms.validation.blobMissing", id);
      return;
    }
    StoredBlob stored = blob.get();
    if (field.maxFileBytes() != null && stored.size() > field.maxFileBytes()) {
      problems.add(at, "forms.validation.blobTooLarge", stored.filename(), bytes(field.maxFileBytes()));
    }
    if (!Formats.mediaTypeAccepted(stored.mediaType(), accepted)) {
      problems.add(at, "forms.validation.blobType", stored.filename(), stored.mediaType(), String.join(", ", accepted));
    }
  }

  private static String bytes(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " B";
  }
}
