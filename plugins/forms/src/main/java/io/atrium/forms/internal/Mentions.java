package io.atrium.forms.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @loginName} mentions in a comment. An {@code @} inside a word (an e-mail address)
 * is not a mention; a sentence's full stop or comma after the name is not part of it.
 */
final class Mentions {

  /** At most this many names per comment are looked up: a comment is no mailing list. */
  static final int MAX = 20;

  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@+-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

  private Mentions() {
  }

  /** The login names mentioned, in order, each once. */
  static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text == null) {
      return names;
    }
    Matcher matcher = MENTION.matcher(text);
    while (matcher.find() && names.size() < MAX) {
      String name = matcher.group(1).replaceAll("[._-]+$", "");
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
