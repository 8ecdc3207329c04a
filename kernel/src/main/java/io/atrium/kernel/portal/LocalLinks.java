package io.atrium.kernel.portal;

/**
 * Checks links that plugins hand to the portal. The SDK already requires a path starting with one
 * {@code /}; browsers also read {@code /\host} as another host, so backslashes, whitespace and
 * control characters are refused too.
 */
public final class LocalLinks {

  private LocalLinks() {
  }

  /** Whether the link is a path on this server that is safe to put into an {@code href}. */
  public static boolean isLocal(String link) {
    if (link == null || link.length() < 1 || link.length() > 2000 || link.charAt(0) != '/') {
      return false;
    }
    if (link.length() > 1 && (link.charAt(1) == '/' || link.charAt(1) == '\\')) {
      return false;
    }
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /** The link when it is local, else null. */
  public static String orNull(String link) {
    return isLocal(link) ? link : null;
  }
}
