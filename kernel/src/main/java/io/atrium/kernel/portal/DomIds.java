package io.atrium.kernel.portal;

/** Turns plugin-chosen ids into stable HTML ids: letters, digits, {@code -} and {@code _} only. */
final class DomIds {

  private DomIds() {
  }

  /** The text with every other character replaced by {@code _}. */
  static String of(String text) {
    StringBuilder id = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      id.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '_');
    }
    return id.toString();
  }
}
