package io.atrium.forms.imports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests which column fills which field: a header equal to a field's label (in either language)
 * or name, ignoring case, width, spaces, punctuation and a trailing required mark ({@code *}).
 * Each field is suggested once, for the first column that matches; only mappable fields are.
 */
public final class MappingSuggestion {

  private MappingSuggestion() {
  }

  /**
   * The suggested mapping.
   *
   * @param headers the header row
   * @param fields the mapping targets
   * @param labels per field name, every label it has (all languages)
   */
  public static Map<Integer, String> suggest(List<String> headers, List<ImportField> fields,
      Map<String, List<String>> labels) {
    Map<Integer, String> mapping = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (int column = 0; column < headers.size(); column++) {
      String header = key(headers.get(column));
      if (header.isEmpty()) {
        continue;
      }
      for (ImportField field : fields) {
        if (!field.mappable() || taken.contains(field.name())) {
          continue;
        }
        boolean matches = header.equals(key(field.name())) || header.equals(key(field.label()))
            || labels.getOrDefault(field.name(), List.of()).stream().anyMatch(l -> header.equals(key(l)));
        if (matches) {
          mapping.put(column, field.name());
          taken.add(field.name());
          break;
        }
      }
    }
    return mapping;
  }

  /** The comparable form of a header or label. */
  static String key(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}*＊]+", "");
  }
}
