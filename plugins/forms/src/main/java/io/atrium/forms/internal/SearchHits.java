package io.atrium.forms.internal;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.record.RecordData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How a found record becomes a {@link SearchHit}, however it was found (decision 48). */
final class SearchHits {

  /** Field types that can give a hit its title: what people type as a name. */
  private static final Set<FieldType> TITLES = Set.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.EMAIL,
      FieldType.PHONE, FieldType.URL);

  private SearchHits() {
  }

  /** The hit of a record that came {@code rank}-th (from 0) among its form's. */
  static SearchHit of(SearchScope scope, RecordData record, String needle, int rank, Locale locale) {
    // how well it matches first, then the order it was found in (newer records first)
    double score = match(record, scope.visible(), needle) - rank * 0.01;
    return new SearchHit(title(record, scope.visible()), scope.form().published().schema().name().in(locale),
        link(scope.form().key(), record.id()), score);
  }

  /** The serial and the first text field the user may see, e.g. {@code BX-20260101-0001 · Printer paper}. */
  private static String title(RecordData record, List<FieldDefinition> visible) {
    String first = visible.stream().filter(f -> TITLES.contains(f.type()))
        .map(f -> record.value(f.name())).filter(v -> v instanceof String s && !s.isBlank()).map(Object::toString)
        .findFirst().orElse(null);
    String serial = record.serial();
    if (serial != null && first != null) {
      return serial + " · " + first;
    }
    return serial != null ? serial : first != null ? first : "#" + record.id();
  }

  /** 3 when a searched value equals the text, 2 when one starts with it, 1 otherwise (it matched somehow). */
  private static double match(RecordData record, List<FieldDefinition> visible, String needle) {
    String wanted = needle.toLowerCase(Locale.ROOT);
    int best = quality(record.serial(), wanted);
    for (FieldDefinition field : visible) {
      if (TITLES.contains(field.type()) || field.type() == FieldType.SERIAL) {
        Object value = record.value(field.name());
        best = Math.max(best, value instanceof String s ? quality(s, wanted) : 0);
      }
    }
    return Math.max(best, 1);
  }

  private static int quality(String value, String wanted) {
    if (value == null) {
      return 0;
    }
    String text = value.toLowerCase(Locale.ROOT);
    return text.equals(wanted) ? 3 : text.startsWith(wanted) ? 2 : text.contains(wanted) ? 1 : 0;
  }

  private static String link(String formKey, long id) {
    return "/forms/record.xhtml?form=" + URLEncoder.encode(formKey, StandardCharsets.UTF_8) + "&id=" + id;
  }
}
