package io.atrium.forms.schema.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders problems as their parts come in the document: array indexes as numbers, properties in
 * the order the writer puts them.
 */
enum SchemaProblemOrder implements Comparator<SchemaProblem> {
  INSTANCE;

  private static final Pattern TOKEN = Pattern.compile("\\[(\\d+)]|\\['[^']*']|\\.?[^.\\[]+");
  private static final List<String> ORDER;

  static {
    LinkedHashSet<String> order = new LinkedHashSet<>();
    order.addAll(SchemaJsonReader.FORM_PROPERTIES);
    order.addAll(SchemaJsonReader.SECTION_PROPERTIES);
    order.addAll(SchemaJsonReader.FIELD_PROPERTIES);
    order.addAll(SchemaJsonReader.OPTION_PROPERTIES);
    order.addAll(SchemaJsonReader.RULE_PROPERTIES);
    order.addAll(SchemaJsonReader.CHECK_PROPERTIES);
    ORDER = new ArrayList<>(order);
  }

  @Override
  public int compare(SchemaProblem a, SchemaProblem b) {
    Matcher x = TOKEN.matcher(a.path());
    Matcher y = TOKEN.matcher(b.path());
    while (true) {
      boolean moreX = x.find();
      boolean moreY = y.find();
      if (!moreX || !moreY) {
        return Boolean.compare(moreX, moreY);
      }
      int result;
      if (x.group(1) != null && y.group(1) != null) {
        result = Integer.compare(Integer.parseInt(x.group(1)), Integer.parseInt(y.group(1)));
      } else {
        // properties of equal rank (e.g. language tags) keep the order they were found in
        result = x.group().equals(y.group()) ? 0 : Integer.compare(rank(x.group()), rank(y.group()));
      }
      if (result != 0) {
        return result;
      }
    }
  }

  private static int rank(String token) {
    String name = token.startsWith(".") ? token.substring(1) : token;
    int index = ORDER.indexOf(name);
    return index < 0 ? ORDER.size() : index;
  }
}
