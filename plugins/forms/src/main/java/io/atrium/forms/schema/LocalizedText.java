package io.atrium.forms.schema;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text a designer wrote, in one or more languages: JSON either a plain string or an object such as
 * {@code {"zh-CN": "金额", "en": "Amount"}}.
 *
 * @param byLanguage language tag to text; never empty
 */
public record LocalizedText(Map<String, String> byLanguage) {

  /** Checks and freezes the map. */
  public LocalizedText {
    if (byLanguage == null || byLanguage.isEmpty()) {
      throw new IllegalArgumentException("A text needs at least one language");
    }
    byLanguage = Map.copyOf(new TreeMap<>(byLanguage));
  }

  /** The same text in every language. */
  public static LocalizedText of(String text) {
    return new LocalizedText(Map.of("zh-CN", text));
  }

  /** The text for a reader: their language, else Chinese, else any. */
  public String in(Locale locale) {
    String tag = locale.toLanguageTag();
    String exact = byLanguage.get(tag);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> entry : byLanguage.entrySet()) {
      if (Locale.forLanguageTag(entry.getKey()).getLanguage().equals(locale.getLanguage())) {
        return entry.getValue();
      }
    }
    String chinese = byLanguage.get("zh-CN");
    return chinese != null ? chinese : byLanguage.values().iterator().next();
  }
}
