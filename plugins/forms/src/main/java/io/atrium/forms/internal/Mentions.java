package io.atrium.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions in a comment: the token after an {@code @}, a login name ({@code @lilei}) or a
 * display name the writer ran on into the sentence ({@code @李雷请看一下}). An {@code @} inside a
 * word (an e-mail address) is not a mention; a sentence's full stop or comma after the name is not
 * part of it. Pure text work: whom a token names is for the directory to say.
 */
final class Mentions {

  /** At most this many names per comment are looked up: a comment is no mailing list. */
  static final int MAX = 20;

  /** The longest display name a token is tried with, in characters. */
  static final int LONGEST_NAME = 20;

  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@+-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

  private Mentions() {
  }

  /** The tokens mentioned, in order, each once: login names, or display names with what follows. */
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

  /**
   * The display names a token may begin with, longest first: its prefixes of at most
   * {@link #LONGEST_NAME} characters, down to its first character ({@code 李雷请} gives
   * {@code 李雷请}, {@code 李雷}, {@code 李}). Characters are code points, never half a pair.
   */
  static List<String> prefixes(String token) {
    List<String> prefixes = new ArrayList<>();
    if (token == null || token.isEmpty()) {
      return prefixes;
    }
    int length = Math.min(token.codePointCount(0, token.length()), LONGEST_NAME);
    for (int n = length; n >= 1; n--) {
      prefixes.add(token.substring(0, token.offsetByCodePoints(0, n)));
    }
    return prefixes;
  }
}
